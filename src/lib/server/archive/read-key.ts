import JSON5 from 'json5';

/*
 * A key.ts from an archive is read as data, never run: the file must be the import of defineModule and
 * `export default defineModule(<literal>);`, and the literal is parsed with JSON5, which takes what an author
 * writes in a key (comments, unquoted names, single quotes, trailing commas) and nothing that computes.
 */

export type KeyRead = { ok: true; key: unknown } | { ok: false; problem: string };

const gap = String.raw`(?:\s|//[^\n]*|/\*[\s\S]*?\*/)*`;
const shape = new RegExp(
	String.raw`^${gap}import\s*\{\s*defineModule\s*\}\s*from\s*(['"])\$lib/modules/module\1\s*;?` +
		String.raw`${gap}export\s+default\s+defineModule\s*\(([\s\S]*)\)\s*;?${gap}$`,
	'd'
);

/** Names that would reach an object's prototype if a later step copied the data naively. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenName(value: unknown): string | null {
	if (Array.isArray(value)) return value.map(forbiddenName).find((n) => n !== null) ?? null;
	if (typeof value !== 'object' || value === null) return null;
	for (const [name, inner] of Object.entries(value)) {
		if (FORBIDDEN.has(name)) return name;
		const found = forbiddenName(inner);
		if (found) return found;
	}
	return null;
}

/** The key in a key.ts's text, or what keeps it from being plain data; `file` names the file in messages. */
export function readKey(text: string, file: string): KeyRead {
	const match = shape.exec(text);
	if (!match) {
		return {
			ok: false,
			problem: `${file}: not a module key: it must be "import { defineModule } from '$lib/modules/module';" followed by "export default defineModule({ … });" and nothing else`
		};
	}
	const literal = match[2];
	const firstLine = text.slice(0, match.indices?.[2]?.[0] ?? 0).split('\n').length;
	let key: unknown;
	try {
		key = JSON5.parse(literal);
	} catch (error) {
		const e = error as { message?: string; lineNumber?: number };
		const line = typeof e.lineNumber === 'number' ? ` (line ${firstLine + e.lineNumber - 1})` : '';
		const reason = (e.message ?? String(error)).replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '');
		return {
			ok: false,
			problem: `${file}: the argument of defineModule must be plain data (text, numbers, true/false, lists and objects; nothing computed)${line}: ${reason}`
		};
	}
	if (typeof key !== 'object' || key === null || Array.isArray(key)) {
		return { ok: false, problem: `${file}: the argument of defineModule must be an object ({ title: …, items: […] })` };
	}
	const forbidden = forbiddenName(key);
	if (forbidden) return { ok: false, problem: `${file}: the key may not use the name "${forbidden}"` };
	return { ok: true, key };
}
