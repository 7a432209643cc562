import type { KindName } from './registry';
import type { Loader, TeacherPart, View } from './views';
import { views as attribution } from './attribution/views';
import { views as loadedWording } from './loaded-wording/views';
import { views as disputedClaim } from './disputed-claim/views';
import { views as sourceComparison } from './source-comparison/views';
import { views as provenance } from './provenance/views';

/*
 * Every kind's teacher's views (the Solution, the Distribution) and its Editor; the learner's, the Question and the
 * Feedback, are in ./views.ts. The teacher's pages import this module (so SvelteKit links these views' styles from
 * them) and hand `teacherViews` to Views.load; a learner's page never loads it.
 */
export const teacherViews: Record<KindName, Record<TeacherPart | 'Editor', Loader>> = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
};

/** The kind's Editor view: the teacher's form for an item's key. */
export async function loadEditor(kind: KindName): Promise<View> {
	return (await teacherViews[kind].Editor()).default;
}
