import type { FormValues } from './kind';

/** One option of an editor's select: a speaker or a report, by id, with the name the teacher knows it by. */
export interface Named {
	id: string;
	name: string;
}

/** What every kind's Editor view is given: the form's values (the key's, or a refused post's) and the module's names. */
export interface EditorProps {
	values: FormValues;
	/** The module's speakers, in the key's order. */
	speakers: Named[];
	/** The module's reports, in reading order. */
	sources: Named[];
}
