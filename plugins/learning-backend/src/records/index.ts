export { createRecords } from './createRecords';
