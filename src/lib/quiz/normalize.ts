import { kinds } from '$lib/kinds/registry';
import type { QuizModule } from './module';
import type { Span } from './types';

interface NormalSpan {
	source: string;
	tokens: number[];
	text: string;
}

const isSpan = (value: unknown): value is Span =>
	typeof value === 'object' && value !== null && ['source', 'start', 'end', 'text'].every((field) => field in value);

const normalSpan = (span: Span): NormalSpan => ({
	source: span.source,
	tokens: Array.from({ length: span.end - span.start }, (_, n) => span.start + n),
	text: span.text
});

/** Every span in an item, named by where it sits in the key ("statement", "targets.0.span"). */
function spansOf(value: unknown, path: string, out: Array<{ role: string } & NormalSpan>) {
	if (isSpan(value)) out.push({ role: path, ...normalSpan(value) });
	else if (Array.isArray(value)) value.forEach((v, n) => spansOf(v, path ? `${path}.${n}` : `${n}`, out));
	else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) if (k !== 'tokens') spansOf(v, path ? `${path}.${k}` : k, out);
	}
	return out;
}

/** Spans become token lists; the passage's token objects are left out as they repeat the spans. */
function keyOf(value: unknown): unknown {
	if (isSpan(value)) return normalSpan(value);
	if (Array.isArray(value)) return value.map(keyOf);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([k]) => !['id', 'kind', 'prompt', 'tokens'].includes(k))
				.map(([k, v]) => [k, keyOf(v)])
		);
	}
	return value;
}

/** A module as plain JSON: what `npm run quizzes:check -- --json` prints. */
export function normalize(module: QuizModule) {
	return {
		id: module.id,
		title: module.title,
		summary: module.summary,
		minutes: module.minutes,
		practice: module.practice,
		sources: module.sources.map((doc) => ({
			id: doc.id,
			...doc.meta,
			paragraphs: doc.paragraphs.length,
			tokens: doc.tokenCount,
			notArticle: doc.asides.map((aside) => ({ ...normalSpan(aside.span), why: aside.why }))
		})),
		speakers: module.speakers,
		items: module.items.map((item) => ({
			id: item.id,
			kind: item.kind,
			skill: kinds[item.kind].skill,
			prompt: item.prompt,
			spans: spansOf(item, '', []),
			key: keyOf(item)
		}))
	};
}
