/** Domain types of classes, assignments and learners, shared by server and pages. */
import type { GradingMethod } from './policy';

export const reviewModes = {
	'after-item': 'After each question',
	'after-submit': 'After they submit',
	'after-close': 'After the assignment closes'
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
