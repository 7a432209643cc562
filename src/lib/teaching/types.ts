/** Domain types of classes, assignments and learners, shared by server and pages. */
import { m } from '$lib/paraglide/messages';
import type { GradingMethod } from './policy';

/** Each mode's label, a message read in the language of the moment it is called. */
export const reviewModes = {
	'after-item': m.t_review_after_item,
	'after-submit': m.t_review_after_submit,
	'after-close': m.t_review_after_close
} as const;

export type ReviewMode = keyof typeof reviewModes;

export interface ClassInfo {
	id: string;
	name: string;
	createdAt: string;
}

export interface Assignment {
	id: string;
	classId: string;
	moduleId: string;
	/** The teacher's name for it, shown to learners too (assignment-name.ts). */
	name: string;
	code: string;
	opensAt: string | null;
	closesAt: string | null;
	attemptsAllowed: number;
	review: ReviewMode;
	grading: GradingMethod;
	createdAt: string;
	/** The version of an authored module its learners answer; null for a file module (which has none). */
	moduleVersion: number | null;
}

export interface Learner {
	id: string;
	assignmentId: string;
	displayName: string;
	resumeCode: string;
	createdAt: string;
}

export type Availability = 'not-yet-open' | 'open' | 'closed';

/** Whether an assignment takes answers at a given moment. */
export function availability(assignment: Pick<Assignment, 'opensAt' | 'closesAt'>, at = new Date()): Availability {
	if (assignment.opensAt && at < new Date(assignment.opensAt)) return 'not-yet-open';
	if (assignment.closesAt && at >= new Date(assignment.closesAt)) return 'closed';
	return 'open';
}
