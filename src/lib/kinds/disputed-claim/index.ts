export { disputedClaim } from './disputed-claim';
