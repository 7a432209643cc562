import * as v from 'valibot';
import { samples } from './samples';
import type { Grade, KindDefinition } from '../kind';
import type {
	LoadedWordingDetail,
	LoadedWordingItem,
	LoadedWordingKey,
	LoadedWordingPublic,
	LoadedWordingSolution,
	WordState
} from './types';

const MAX_MARKS = 500;

const response = v.object({
	marks: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(MAX_MARKS))
});

export type LoadedWordingResponse = v.InferOutput<typeof response>;

export const loadedWording = {
	skill: 'word-choice',

	resolve(key: LoadedWordingKey<string, string>, ctx) {
		const passage = ctx.span(key.passage, 'passage');
		if (!passage) return null;
		const targets = key.targets.map((target, n) => {
			if (target.whose !== 'outlet' && !Object.hasOwn(ctx.speakers, target.whose)) {
				ctx.problem(`target ${n + 1}: unknown speaker "${target.whose}"`);
			}
			const span = ctx.spanWithin(passage, target.quote, target.occurrence, `target ${n + 1}`);
			return span && { span, connotes: target.connotes, neutral: target.neutral, whose: target.whose };
		});
		if (targets.some((t) => t === null)) return null;
		return {
			kind: key.kind,
			id: key.id,
			prompt: key.prompt,
			passage,
			tokens: ctx.tokens(passage),
			targets: targets.filter((t) => t !== null),
			explanation: key.explanation
		};
	},

	publicView: (item: LoadedWordingItem): LoadedWordingPublic => ({
		kind: item.kind,
		id: item.id,
		prompt: item.prompt,
		passage: item.passage,
		tokens: item.tokens
	}),

	maxScore: (item) => item.targets.length,

	response,

	fromForm: (form) => ({
		marks: form.getAll('mark').map((value) => (/^\d{1,6}$/.test(String(value)) ? Number(value) : value))
	}),

	fits(item, answer) {
		const words = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
		return answer.marks.every((i) => words.has(i)) ? null : 'Marks must be words of the passage.';
	},

	grade(item, given): Grade<LoadedWordingDetail> {
		const parsed = v.safeParse(response, given);
		// Only words of the passage count: a mark elsewhere, or on punctuation, neither finds a phrase nor costs.
		const passageWords = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
		const marked = new Set((parsed.success ? parsed.output.marks : []).filter((i) => passageWords.has(i)));
		const found = item.targets.map((t) => {
			for (let i = t.span.start; i < t.span.end; i++) if (marked.has(i)) return true;
			return false;
		});
		const words: Record<number, WordState> = {};
		let wrongMarks = 0;
		for (const token of item.tokens) {
			if (token.kind !== 'word') continue;
			const target = item.targets.findIndex((t) => token.i >= t.span.start && token.i < t.span.end);
			if (marked.has(token.i)) {
				words[token.i] = target >= 0 ? 'hit' : 'wrong';
				if (target < 0) wrongMarks++;
			} else {
				words[token.i] = target < 0 ? 'plain' : found[target] ? 'found' : 'missed';
			}
		}
		const hits = found.filter(Boolean).length;
		return {
			score: Math.max(0, hits - wrongMarks),
			max: item.targets.length,
			valid: parsed.success,
			detail: { found, wrongMarks, words }
		};
	},

	highlights: (item, answered) => [
		{ span: item.passage, role: 'passage', label: 'The passage' },
		...(answered ? item.targets.map((t) => ({ span: t.span, role: 'target' as const, label: 'Loaded' })) : [])
	],

	solution: (item): LoadedWordingSolution => ({ targets: item.targets, explanation: item.explanation }),

	...samples
} satisfies KindDefinition<
	LoadedWordingKey<string, string>,
	LoadedWordingItem,
	LoadedWordingPublic,
	typeof response,
	LoadedWordingDetail,
	LoadedWordingSolution
>;
