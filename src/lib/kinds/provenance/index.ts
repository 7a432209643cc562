export { provenance } from './provenance';
