import * as v from 'valibot';

/**
 * A stored answer read with its kind's schema: the value `gradeChecked` takes, or null when it has another
 * shape. Each kind's `grade` is this and then its grading of a checked response (or of none), so that the
 * two graders cannot drift apart.
 */
export function readStored<S extends v.GenericSchema>(schema: S, given: unknown): v.InferOutput<S> | null {
	const parsed = v.safeParse(schema, given);
	return parsed.success ? parsed.output : null;
}
