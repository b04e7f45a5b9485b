export { EditEmbedPage, NewEmbedPage } from './EmbedFormPage';
