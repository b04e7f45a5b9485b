export { EmbedPage } from './EmbedPage';
export { EmbedsTab } from './EmbedsTab';
