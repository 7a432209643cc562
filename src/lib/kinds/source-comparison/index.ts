export { sourceComparison } from './source-comparison';
