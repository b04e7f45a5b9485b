export { EmbedForm } from './EmbedForm';
export { EditEmbedPage, NewEmbedPage } from './EmbedFormPage';
