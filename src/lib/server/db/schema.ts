/** Table types for Kysely. Times are ISO-8601 strings, so both databases store them alike. */
export interface AttemptTable {
	id: string;
	module_id: string;
	created_at: string;
	finished_at: string | null;
}

export interface ResponseTable {
	attempt_id: string;
	item_id: string;
	/** The learner's answer as JSON, in the kind's response shape. */
	answer: string;
	score: number;
	max_score: number;
	created_at: string;
}

export interface Database {
	attempt: AttemptTable;
	response: ResponseTable;
}
