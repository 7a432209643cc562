import { modulesJsonIfStale } from '../scripts/build-if-stale.js';

/**
 * Writes the normalized modules (with their keys) to tests/.generated/, so the answer-leak test knows every
 * explanation and annotation to look for, unless `npm test` has just written them (scripts/build-if-stale.js).
 */
export default function globalSetup() {
	modulesJsonIfStale();
}
