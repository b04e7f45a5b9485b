export { EditResourcePage, NewResourcePage } from './ResourceFormPage';
export { ResourceForm } from './ResourceForm';
