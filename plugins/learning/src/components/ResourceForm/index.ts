export { EditResourcePage, NewResourcePage } from './ResourceFormPage';
