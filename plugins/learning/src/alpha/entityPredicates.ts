/**
 * The entity kinds that material is usually linked to. Platform teams can
 * change the filter of each card and tab in app-config.
 *
 * @alpha
 */
export const learningEntityFilter = {
  kind: { $in: ['component', 'api', 'system', 'resource', 'domain'] },
};
