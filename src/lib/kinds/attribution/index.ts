export { attribution } from './attribution';
