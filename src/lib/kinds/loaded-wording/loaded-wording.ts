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
import { markedWords, response, targetsFound } from './response';
import { report, type LoadedWordingDistribution } from './report';

export type { LoadedWordingResponse } from './response';

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
		const marked = markedWords(item, given);
		const found = targetsFound(item, marked);
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
			valid: v.is(response, given),
			detail: { found, wrongMarks, words }
		};
	},

	highlights: (item, answered) => [
		{ span: item.passage, role: 'passage', label: 'The passage' },
		...(answered ? item.targets.map((t) => ({ span: t.span, role: 'target' as const, label: 'Loaded' })) : [])
	],

	solution: (item): LoadedWordingSolution => ({ targets: item.targets, explanation: item.explanation }),

	...report,
	...samples
} satisfies KindDefinition<
	LoadedWordingKey<string, string>,
	LoadedWordingItem,
	LoadedWordingPublic,
	typeof response,
	LoadedWordingDetail,
	LoadedWordingSolution,
	LoadedWordingDistribution
>;
