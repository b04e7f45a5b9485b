/**
 * The options of the plugin's tables: one dense page, no search, no sort
 * headers (material-table's nest focusable elements, an axe violation; the
 * order comes from the backend or the page's own control).
 */
export const LIST_TABLE_OPTIONS = {
  paging: false,
  search: false,
  sorting: false,
  padding: 'dense',
} as const;
