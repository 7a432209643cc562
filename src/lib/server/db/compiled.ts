import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import { directRun } from './statements';

/**
 * A query that Kysely builds and compiles once per SQL dialect and then runs
 * with new values. Building and compiling cost more than running did on the
 * hottest path, saving an answer: a statement took about 5 µs in SQLite and
 * 30 to 150 µs in Kysely around it (bench/RESULTS.md).
 *
 * `build` writes the query with a placeholder for each value
 * (`params.code`), which compiles to an ordinary bound parameter; a run puts
 * the values in their place. Only values can be placeholders: a query whose
 * shape depends on them (an `in (…)` list, an optional condition) is no
 * candidate. A dialect's differences go into `build`, which gets the database
 * it compiles for.
 *
 * Compiled without plugins: a plugin's `transformQuery` does not see these
 * queries (the app has none), while its `transformResult` still does.
 *
 * On the app's SQLite database a run skips Kysely altogether when it may
 * (db/statements.ts, runsDirectly): the statement itself is all that is left.
 */
export function compiledOnce<Tables, Name extends string, Row>(
	names: readonly Name[],
	build: (db: Kysely<Tables>, params: Placeholders<Name>) => Compilable<Row>
): (db: Kysely<Tables>, values: Record<Name, unknown>) => Promise<QueryResult<Row>> {
	// By the adapter's class: every database of a dialect compiles a query to the same SQL.
	const byDialect = new WeakMap<object, Template<Name, Row>>();
	return (db, values) => {
		const dialect = db.getExecutor().adapter.constructor;
		let template = byDialect.get(dialect);
		if (!template) {
			template = compile(db.withoutPlugins(), names, build);
			byDialect.set(dialect, template);
		}
		const { compiled, slots } = template;
		const parameters = slots.map((slot, i) => (slot === null ? compiled.parameters[i] : values[slot]));
		const run = directRun(db);
		if (run) {
			try {
				const result = run(compiled.sql, parameters);
				if (result) return Promise.resolve(result as QueryResult<Row>);
			} catch (error) {
				return Promise.reject(error);
			}
		}
		return db.executeQuery<Row>({ ...compiled, parameters });
	};
}

/**
 * Stand-ins for the values, typed as `never` so that one fits wherever a value of
 * any column's type does; at run time each is a string no real value can be.
 */
export type Placeholders<Name extends string> = Readonly<Record<Name, never>>;

interface Template<Name extends string, Row> {
	compiled: CompiledQuery<Row>;
	/** For each parameter: the name of the value that goes there, or null for a constant of the query. */
	slots: Array<Name | null>;
}

const MARK = '\u0000compiled-once:';

function compile<Tables, Name extends string, Row>(
	db: Kysely<Tables>,
	names: readonly Name[],
	build: (db: Kysely<Tables>, params: Placeholders<Name>) => Compilable<Row>
): Template<Name, Row> {
	const params = Object.fromEntries(names.map((name) => [name, `${MARK}${name}`])) as unknown as Placeholders<Name>;
	const compiled = build(db, params).compile();
	const slots = compiled.parameters.map((value): Name | null => {
		if (typeof value !== 'string' || !value.includes(MARK)) return null;
		const name = value.slice(MARK.length) as Name;
		// A placeholder inside a longer value (a pattern built from it, say) would run with the stand-in itself.
		if (!value.startsWith(MARK) || !names.includes(name)) {
			throw new Error(`compiledOnce: a placeholder was changed before it reached the query: ${JSON.stringify(value)}`);
		}
		return name;
	});
	const missing = names.filter((name) => !slots.includes(name));
	if (missing.length > 0) throw new Error(`compiledOnce: the query does not use ${missing.join(', ')}`);
	if (compiled.sql.includes(MARK)) throw new Error('compiledOnce: a placeholder was written into the SQL text');
	return { compiled, slots };
}
