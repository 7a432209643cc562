import { kindOf, type Item } from '$lib/kinds/registry';
import type { Variant } from '$lib/kinds/kind';
import { formData, seeded } from '$lib/kinds/samples';
import { checkResponse } from '$lib/kinds/check';
import type { QuizModule } from './module';
import { skills, type Highlight, type Span } from '$lib/quiz/types';

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

const variants: Variant[] = ['right', 'wrong', 'partial'];

/**
 * Responses the item's kind makes up, each with the form a browser posts for it
 * and what it scores, so that browser tests, the fuzzer and the seeders can
 * answer any item without knowing its kind. `random` holds a few valid ones.
 */
function samplesOf(item: Item) {
	const kind = kindOf(item);
	const sample = (variant: Variant | 'random', seed: string) => {
		const answer = kind.sample(item, variant, seeded(seed));
		return { answer, form: kind.toForm(answer), score: kind.grade(item, answer).score };
	};
	// Every value of a right answer's form swapped for one no page offers: what a forged request sends.
	const forgedForm = sample('right', item.id).form.map(([name]): [string, string] => [name, 'nobody']);
	const refused = checkResponse(item, formData(forgedForm));
	if (refused.ok) throw new Error(`${item.id}: a form of values nobody was offered is accepted`);
	return {
		forged: { form: forgedForm, message: refused.message },
		...Object.fromEntries(variants.map((variant) => [variant, sample(variant, item.id)])),
		random: [1, 2, 3].map((n) => sample('random', `${item.id}:${n}`))
	} as Record<Variant, ReturnType<typeof sample>> & {
		random: Array<ReturnType<typeof sample>>;
		forged: { form: Array<[string, string]>; message: string };
	};
}

/** The strings in a value, however deep, skipping document tokens (the documents are public anyway). */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([k, v]) => (k === 'tokens' ? [] : strings(v)));
	return [];
}

/** The highlights an item adds once answered (the evidence), which nothing may show before. */
function revealedBy(item: Item) {
	const kind = kindOf(item);
	const key = (h: Highlight) => `${h.role}:${h.span.source}:${h.span.start}:${h.span.end}`;
	const before = new Set(kind.highlights(item, false).map(key));
	return kind.highlights(item, true).filter((h) => !before.has(key(h)));
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
		/** The skills the module's items train, in the order a learner's summary lists them. */
		skills: Object.entries(skills)
			.filter(([id]) => module.items.some((item) => kindOf(item).skill === id))
			.map(([id, label]) => ({ id, label })),
		items: module.items.map((item) => ({
			id: item.id,
			kind: item.kind,
			skill: kindOf(item).skill,
			skillLabel: skills[kindOf(item).skill as keyof typeof skills],
			prompt: item.prompt,
			max: kindOf(item).maxScore(item),
			spans: spansOf(item, '', []),
			key: keyOf(item),
			samples: samplesOf(item),
			/** Every text the learner sees of the item before answering (its public view's strings). */
			shown: strings(kindOf(item).publicView(item)),
			/** What an answered item highlights in the documents that it did not before: its evidence. */
			revealed: revealedBy(item).map((h) => ({ role: h.role, ...normalSpan(h.span) }))
		}))
	};
}
