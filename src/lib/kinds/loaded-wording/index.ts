export { loadedWording } from './loaded-wording';
