/*
 * A module key as the TypeScript an author would write (quizzes/<id>/key.ts), laid out as Prettier lays out the
 * repository's code (.prettierrc: tabs, single quotes, no trailing commas, 120 columns), so that an exported
 * folder passes `npx prettier --check` without Prettier at run time. The rules followed, Prettier's own:
 * - an object stays on one line if it fits (and holds nothing that breaks); else one property a line, which
 *   Prettier keeps, as it keeps any object written with a line break after its `{`;
 * - an array stays on one line if it fits, else one element a line; two or more objects of more than one
 *   property each always break;
 * - a string that does not fit after its property's name goes on the next line, indented, unless the name is
 *   shorter than 5 columns;
 * - widths as Prettier counts them: a tab is 2 columns, wide East Asian characters and emoji 2, marks 0.
 * The spec compares the output with Prettier's on the shipped modules and on made-up awkward keys.
 */

const WIDTH = 120;
const TAB_WIDTH = 2;
const SHORT_KEY = TAB_WIDTH + 3;

const wide =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** A text's width in columns, as Prettier measures it. */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code <= 31 || (code >= 127 && code <= 159) || /\p{M}/u.test(char)) continue;
		width += wide.test(char) || /\p{Extended_Pictographic}/u.test(char) ? 2 : 1;
	}
	return width;
}

/** A string literal: single quotes unless the text holds more of them than double quotes (Prettier's choice). */
export function quote(text: string): string {
	const singles = (text.match(/'/g) ?? []).length;
	const doubles = (text.match(/"/g) ?? []).length;
	const mark = singles > doubles ? '"' : "'";
	// eslint-disable-next-line no-control-regex -- control characters are what must be written as escapes
	const escaped = text.replace(/[\\'"\n\r\t\u2028\u2029\u0000-\u001f\u007f]/g, (char) => {
		if (char === mark) return `\\${char}`;
		if (char === "'" || char === '"') return char;
		const named: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
		return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
	});
	return `${mark}${escaped}${mark}`;
}

const propertyName = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name));

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const entriesOf = (value: Record<string, unknown>) => Object.entries(value).filter(([, v]) => v !== undefined);

function scalar(value: unknown): string {
	if (typeof value === 'string') return quote(value);
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean' || value === null) return String(value);
	throw new Error(`a key holds data only: ${typeof value} is not data`);
}

/** The value on one line, or null when Prettier would never keep it on one (an array that always breaks). */
function flat(value: unknown): string | null {
	if (Array.isArray(value)) {
		if (alwaysBreaks(value)) return null;
		const parts = value.map(flat);
		return parts.includes(null) ? null : `[${parts.join(', ')}]`;
	}
	if (isObject(value)) {
		const entries = entriesOf(value);
		if (!entries.length) return '{}';
		const parts = entries.map(([k, v]) => {
			const inner = flat(v);
			return inner === null ? null : `${propertyName(k)}: ${inner}`;
		});
		return parts.includes(null) ? null : `{ ${parts.join(', ')} }`;
	}
	return scalar(value);
}

/** Prettier breaks an array of two or more objects (or arrays) of more than one entry each, whatever its width. */
function alwaysBreaks(array: unknown[]): boolean {
	if (array.length < 2) return false;
	const kind = (v: unknown) => (Array.isArray(v) ? 'array' : isObject(v) ? 'object' : 'other');
	return array.every(
		(v) =>
			kind(v) === kind(array[0]) && (Array.isArray(v) ? v.length > 1 : isObject(v) ? entriesOf(v).length > 1 : false)
	);
}

/**
 * `value` printed where the line so far is `column` wide, followed on its line by `after` (a comma, or nothing).
 * `depth` is the indentation of the line the value starts on.
 */
function print(value: unknown, depth: number, column: number, after: string): string {
	const one = flat(value);
	if (one !== null && column + textWidth(one) + after.length <= WIDTH) return one;
	const inner = '\t'.repeat(depth + 1);
	const close = '\t'.repeat(depth);
	const innerColumn = (depth + 1) * TAB_WIDTH;
	if (Array.isArray(value)) {
		if (!value.length) return '[]';
		const lines = value.map((v, n) => {
			const comma = n < value.length - 1 ? ',' : '';
			return `${inner}${print(v, depth + 1, innerColumn, comma)}${comma}`;
		});
		return `[\n${lines.join('\n')}\n${close}]`;
	}
	if (isObject(value)) {
		const entries = entriesOf(value);
		if (!entries.length) return '{}';
		const lines = entries.map(([k, v], n) => {
			const comma = n < entries.length - 1 ? ',' : '';
			return `${inner}${property(k, v, depth + 1, comma)}${comma}`;
		});
		return `{\n${lines.join('\n')}\n${close}}`;
	}
	return one!;
}

function property(name: string, value: unknown, depth: number, after: string): string {
	const head = `${propertyName(name)}:`;
	const column = depth * TAB_WIDTH + textWidth(head) + 1;
	if (typeof value === 'string') {
		const text = quote(value);
		const fits = column + textWidth(text) + after.length <= WIDTH;
		if (fits || textWidth(propertyName(name)) < SHORT_KEY) return `${head} ${text}`;
		return `${head}\n${'\t'.repeat(depth + 1)}${text}`;
	}
	return `${head} ${print(value, depth, column, after)}`;
}

/** The whole key.ts of a module whose key is `key` (plain data: strings, numbers, booleans, arrays, objects). */
export function keyFile(key: Record<string, unknown>): string {
	const body = entriesOf(key).map(([k, v], n, all) => {
		const comma = n < all.length - 1 ? ',' : '';
		return `\t${property(k, v, 1, comma)}${comma}`;
	});
	return [
		"import { defineModule } from '$lib/modules/module';",
		'',
		'export default defineModule({',
		...body,
		'});',
		''
	].join('\n');
}
