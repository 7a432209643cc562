import type { KindName } from './registry';
import type { View } from './views';
import { views as attribution } from './attribution/views';
import { views as loadedWording } from './loaded-wording/views';
import { views as disputedClaim } from './disputed-claim/views';
import { views as sourceComparison } from './source-comparison/views';
import { views as provenance } from './provenance/views';

/*
 * The teacher's views of each kind, from its views.ts: Solution (the key in
 * words) and Distribution (how a class answered). Only teachers' pages import
 * this file, so a learner's page never loads them (views.ts).
 */
export const teacherViews: Record<KindName, { Solution: View; Distribution: View }> = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
};
