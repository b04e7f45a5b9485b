export { EmbedPage } from './EmbedPage';
export { EmbedsTab } from './EmbedsTab';
export { EmbedList } from './EmbedList';
