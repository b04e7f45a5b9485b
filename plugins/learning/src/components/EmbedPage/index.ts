export { EmbedPage } from './EmbedPage';
export { EmbedsTab } from './EmbedsTab';
export { EmbedItems, EmbedList } from './EmbedList';
