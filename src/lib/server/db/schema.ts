import type { ColumnType } from 'kysely';
import type { GradingMethod } from '$lib/teaching/policy';
import type { ReviewMode } from '$lib/teaching/types';

/** Table types for Kysely. Times are ISO-8601 strings, so both databases store them alike. */

export interface AttemptTable {
	id: string;
	module_id: string;
	/** Null for practice without an account. */
	learner_id: string | null;
	/** 1 for a learner's first attempt at an assignment, 2 for the next… */
	number: number;
	created_at: string;
	/** Set once, when the learner submits (or answers the last item in practice). */
	finished_at: string | null;
	/**
	 * The authored module's version a practice attempt answers; null for a file module and for an
	 * assignment's attempt (the assignment holds it). Optional: code that knows no versions leaves it null.
	 */
	module_version?: number | null;
}

export interface ResponseTable {
	attempt_id: string;
	item_id: string;
	/** The learner's answer as JSON, in the kind's response shape. */
	answer: string;
	score: number;
	max_score: number;
	created_at: string;
	updated_at: string;
}

export interface ClassTable {
	id: string;
	/** better-auth's user id. */
	teacher_id: string;
	name: string;
	created_at: string;
}

export interface AssignmentTable {
	id: string;
	class_id: string;
	module_id: string;
	/** What learners type to join: short, no look-alike characters. */
	code: string;
	/** The teacher's name for it (teaching/assignment-name.ts); never empty. */
	name: string;
	opens_at: string | null;
	closes_at: string | null;
	attempts_allowed: number;
	review: ReviewMode;
	/** Which attempt counts: 'highest', 'first' or 'last' (teaching/policy.ts). */
	grading: GradingMethod;
	created_at: string;
	/** The authored module's version its learners answer; null (or left out) for a file module. */
	module_version?: number | null;
}

export interface LearnerTable {
	id: string;
	assignment_id: string;
	display_name: string;
	/** The name folded for comparison, so "Ana" and " ana " are one learner. */
	name_key: string;
	/** SHA-256 of the device cookie's secret. */
	token_hash: string;
	/** Lets a learner who lost the cookie back in, from any device. */
	resume_code: string;
	/** SHA-256 of the long-lived device cookie they joined from; null for learners who joined before it existed. */
	device_hash: string | null;
	created_at: string;
}

/** A join code an assignment had before the teacher drew a new one: it still leads its learners to their pages. */
export interface RetiredCodeTable {
	code: string;
	assignment_id: string;
	retired_at: string;
}

export interface SettingTable {
	key: string;
	value: string;
}

export type Visibility = 'private' | 'shared' | 'public';

/** A module a teacher writes in the browser: its working copy, which only its owner sees and edits. */
export interface AuthoredModuleTable {
	id: string;
	/** better-auth's user id of the teacher who wrote it. */
	owner_id: string;
	/** private: its owner only; shared: every teacher of the server may assign it; public: in practice too. */
	visibility: Visibility;
	/** The working copy's title, for lists. */
	title: string;
	/** The working copy: a ModuleSource (without its id) as JSON, as the editor last saved it. */
	working: string;
	/** 1 when created, one more with each save. */
	revision: number;
	created_at: string;
	updated_at: string;
}

/** A published version of an authored module: never changed once written. */
export interface ModuleVersionTable {
	module_id: string;
	/** 1, 2, …: one more than the module's newest at publishing. */
	version: number;
	title: string;
	/** The ModuleSource (without its id) as JSON, as it was published. */
	source: string;
	published_at: string;
}

export type SuggestionState = 'open' | 'accepted' | 'dismissed';

/** A proposal of "Draft items" for an authored module's working copy. */
export interface DraftSuggestionTable {
	id: string;
	module_id: string;
	/** The digest of the reports it was drafted from: proposals for other text are not shown. */
	documents: string;
	/** What it proposes, the same whenever drafted: an accepted or dismissed one is not proposed again. */
	signature: string;
	state: SuggestionState;
	/** Its place in the draft's order. */
	position: number;
	/** The proposal as JSON (src/lib/server/authoring/suggestions.ts). */
	proposal: string;
	created_at: string;
}

/** A column the app reads and never writes: inserting or updating it is a type error. */
type ReadOnly<T> = ColumnType<T, never, never>;

/**
 * better-auth's own user table (its migrations make it, auth.ts), as far as the app reads it: a teacher's
 * name, to say whose a shared module is. Accounts are better-auth's to write.
 */
export interface AuthUserView {
	id: ReadOnly<string>;
	name: ReadOnly<string>;
}

export interface Database {
	authored_module: AuthoredModuleTable;
	draft_suggestion: DraftSuggestionTable;
	module_version: ModuleVersionTable;
	setting: SettingTable;
	attempt: AttemptTable;
	response: ResponseTable;
	class: ClassTable;
	assignment: AssignmentTable;
	learner: LearnerTable;
	retired_code: RetiredCodeTable;
	user: AuthUserView;
}
