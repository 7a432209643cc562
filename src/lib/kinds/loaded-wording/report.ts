import type { Names, ScoredAnswer } from '../kind';
import { oneLine } from '../label';
import { coveringPhrases, voiceIsRight, voicedPhrases } from './grade';
import { markCounts } from './marks';
import { teacherText } from './teacher-text';
import { text } from './text';
import { whoseWord } from './voices';
import * as v from 'valibot';
import type { LoadedWordingItem, Voice } from './types';
import { response } from './response';

/** How a class marked one passage: a heatmap over its words, and who found each loaded phrase and named its voice. */
export interface LoadedWordingDistribution {
	tokens: Array<{ i: number; text: string; after: string; word: boolean }>;
	/** Learners who marked each word, by token index. */
	counts: Record<number, number>;
	most: number;
	/** Token indices inside a target phrase. */
	targetTokens: number[];
	/** Each target phrase's first word: where the heatmap marks it once (◆), however many words it has. */
	targetStarts: number[];
	targets: Array<{
		text: string;
		/** Whose word it is, in words ("Vladimir Putin’s word, quoted"). */
		whose: string;
		voice: Voice;
		connotes: string;
		neutral: string;
		foundBy: number;
		/** Of those who found it: how many named its voice (every phrase covering it). */
		voiceRightBy: number;
		/** Of those who found it: how many gave each voice to a phrase covering it ("none": a phrase without one). */
		said: Record<Voice | 'none', number>;
	}>;
	/** Marked words, most marked first, for a table beside the passage. */
	top: Array<{ i: number; text: string; count: number; target: boolean }>;
}

/** How many of the most marked words the table lists. */
const TOP_WORDS = 12;

const noneSaid = (): Record<Voice | 'none', number> => ({ quoted: 0, paraphrased: 0, outlet: 0, none: 0 });

export const report = {
	/** The passage to mark. */
	about: (item: LoadedWordingItem): string => oneLine(item.passage.text),

	/** The heat map of the class's marks, without the phrases of the key. */
	unkeyed: (data: LoadedWordingDistribution): LoadedWordingDistribution => ({
		...data,
		targetTokens: [],
		targetStarts: [],
		targets: [],
		top: data.top.map((word) => ({ ...word, target: false }))
	}),

	/**
	 * The learner's phrases with the voice given to each: "Kyiv regime (quoted); bloody, senseless (the
	 * outlet’s own)", with the punctuation and spacing of the text between marked words. A phrase given no
	 * voice (as in answers stored before the question was asked) has no brackets; '' for another shape.
	 */
	summarise(item: LoadedWordingItem, answer: unknown, _names: Names): string {
		if (!v.is(response, answer)) return '';
		const phrases = voicedPhrases(item, answer);
		const t = text();
		const tt = teacherText();
		if (!phrases.length) return tt.noWordsMarked;
		return phrases.map((p) => (p.voice ? `${p.text} (${t.voiceShort[p.voice]})` : p.text)).join('; ');
	},

	classify(item: LoadedWordingItem, answers: readonly ScoredAnswer[], names: Names): LoadedWordingDistribution {
		const { counts, most } = markCounts(item.tokens, answers);
		const inTarget = new Set<number>();
		for (const t of item.targets) for (let i = t.span.start; i < t.span.end; i++) inTarget.add(i);
		const covering = answers.map((r) => coveringPhrases(item, voicedPhrases(item, r.answer)));
		return {
			tokens: item.tokens.map((t) => ({ i: t.i, text: t.text, after: t.after, word: t.kind === 'word' })),
			counts,
			most,
			targetTokens: [...inTarget],
			targetStarts: item.targets.flatMap((t) => {
				const first = item.tokens.find((k) => k.kind === 'word' && k.i >= t.span.start && k.i < t.span.end);
				return first ? [first.i] : [];
			}),
			targets: item.targets.map((t, n) => {
				const finders = covering.map((c) => c[n]).filter((phrases) => phrases.length > 0);
				const said = noneSaid();
				for (const phrases of finders) {
					for (const voice of new Set(phrases.map((p) => p.voice ?? 'none'))) said[voice]++;
				}
				return {
					text: t.span.text,
					whose: whoseWord(t.voice, names.speaker(t.whose)),
					voice: t.voice,
					connotes: t.connotes,
					neutral: t.neutral,
					foundBy: finders.length,
					voiceRightBy: finders.filter((phrases) => voiceIsRight(t.voice, phrases)).length,
					said
				};
			}),
			top: item.tokens
				.filter((t) => t.kind === 'word' && counts[t.i] > 0)
				.map((t) => ({ i: t.i, text: t.text, count: counts[t.i], target: inTarget.has(t.i) }))
				.sort((a, b) => b.count - a.count || a.i - b.i)
				.slice(0, TOP_WORDS)
		};
	}
};
