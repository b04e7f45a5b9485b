export { createEntities } from './createEntities';
