export { createDiscussions } from './createDiscussions';
