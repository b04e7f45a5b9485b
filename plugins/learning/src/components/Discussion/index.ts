export { Discussion } from './Discussion';
export { FaqCard } from './FaqCard';
