import type { Names, ScoredAnswer } from '../kind';
import { markCounts } from './marks';
import { markedWords, targetsFound } from './response';
import type { LoadedWordingItem } from './types';

/** How a class marked one passage: a heatmap over its words, and who found each loaded phrase. */
export interface LoadedWordingDistribution {
	tokens: Array<{ i: number; text: string; after: string; word: boolean }>;
	/** Learners who marked each word, by token index. */
	counts: Record<number, number>;
	most: number;
	/** Token indices inside a target phrase. */
	targetTokens: number[];
	targets: Array<{ text: string; whose: string; connotes: string; neutral: string; foundBy: number }>;
	/** Marked words, most marked first, for a table beside the passage. */
	top: Array<{ i: number; text: string; count: number; target: boolean }>;
}

/** How many of the most marked words the table lists. */
const TOP_WORDS = 12;

export const report = {
	/**
	 * The marked words, with runs of them shown as the phrases they make ("Kyiv regime; plotting"), with
	 * the punctuation and spacing of the text between marked words ("bloody, senseless").
	 */
	summarise(item: LoadedWordingItem, answer: unknown, _names: Names): string {
		if (typeof answer !== 'object' || answer === null) return '';
		const given = answer as Record<string, unknown>;
		const marked = new Set(Array.isArray(given.marks) ? given.marks : []);
		const phrases: string[] = [];
		let run: Array<{ text: string; after: string }> = [];
		let pending: Array<{ text: string; after: string }> = [];
		const close = () => {
			if (run.length) phrases.push(run.map((t, n) => (n < run.length - 1 ? t.text + t.after : t.text)).join(''));
			run = [];
			pending = [];
		};
		for (const token of item.tokens) {
			if (token.kind === 'word' && marked.has(token.i)) {
				run.push(...pending, token);
				pending = [];
			} else if (token.kind === 'punct' && run.length) {
				pending.push(token);
			} else {
				close();
			}
		}
		close();
		return phrases.length ? phrases.join('; ') : 'no words marked';
	},

	classify(item: LoadedWordingItem, answers: readonly ScoredAnswer[], names: Names): LoadedWordingDistribution {
		const { counts, most } = markCounts(item.tokens, answers);
		const inTarget = new Set<number>();
		for (const t of item.targets) for (let i = t.span.start; i < t.span.end; i++) inTarget.add(i);
		const found = answers.map((r) => targetsFound(item, markedWords(item, r.answer)));
		return {
			tokens: item.tokens.map((t) => ({ i: t.i, text: t.text, after: t.after, word: t.kind === 'word' })),
			counts,
			most,
			targetTokens: [...inTarget],
			targets: item.targets.map((t, n) => ({
				text: t.span.text,
				whose: names.whose(t.whose),
				connotes: t.connotes,
				neutral: t.neutral,
				foundBy: found.filter((f) => f[n]).length
			})),
			top: item.tokens
				.filter((t) => t.kind === 'word' && counts[t.i] > 0)
				.map((t) => ({ i: t.i, text: t.text, count: counts[t.i], target: inTarget.has(t.i) }))
				.sort((a, b) => b.count - a.count || a.i - b.i)
				.slice(0, TOP_WORDS)
		};
	}
};
