import { keySchema } from './schema';
import { authoring } from './authoring';
import { text } from './text';
import { samples } from './samples';
import type { KindDefinition, ResolveContext } from '../kind';
import {
	VOICES,
	type DefensibleWord,
	type LoadedTarget,
	type LoadedWordingDetail,
	type LoadedWordingItem,
	type LoadedWordingKey,
	type LoadedWordingPublic,
	type LoadedWordingSolution,
	type NotLoadedWord
} from './types';
import { grade, gradeChecked, maxScore } from './grade';
import { phrasesOf, VOICE_FIELD } from './phrases';
import { response } from './response';
import { report, type LoadedWordingDistribution } from './report';

export type { LoadedWordingResponse } from './response';

type TargetKey = LoadedWordingKey<string, string>['targets'][number];

/** Checks a target's voice and speaker; the speaker's id, 'outlet' for the outlet's own word. */
function whoseOf(target: TargetKey, label: string, ctx: ResolveContext): string {
	const { voice, whose } = target as { voice: unknown; whose?: unknown };
	if (!VOICES.includes(voice as never)) {
		ctx.problem(`${label}: "voice" must be "quoted", "paraphrased" or "outlet"`);
		return 'outlet';
	}
	if (voice === 'outlet') {
		if (whose !== undefined) ctx.problem(`${label}: the outlet’s own word names no speaker; leave out "whose"`);
		return 'outlet';
	}
	if (whose === undefined) ctx.problem(`${label}: a ${voice} word names its speaker in "whose"`);
	else if (typeof whose !== 'string' || !Object.hasOwn(ctx.speakers, whose)) {
		ctx.problem(`${label}: unknown speaker "${String(whose)}"`);
	}
	return String(whose);
}

/**
 * Two targets that only punctuation separates make one phrase when both are
 * marked, and a phrase has one voice: they must share it.
 */
function touchingVoices(targets: LoadedTarget[], tokens: LoadedWordingItem['tokens'], ctx: ResolveContext) {
	const all = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.i));
	const order = targets.map((t, n) => ({ t, n })).sort((a, b) => a.t.span.start - b.t.span.start);
	for (let k = 1; k < order.length; k++) {
		const [a, b] = [order[k - 1], order[k]];
		if (a.t.voice === b.t.voice) continue;
		const lastOfA = tokens.filter((t) => t.kind === 'word' && t.i < a.t.span.end).at(-1)?.i;
		const firstOfB = tokens.find((t) => t.kind === 'word' && t.i >= b.t.span.start)?.i;
		if (lastOfA === undefined || firstOfB === undefined) continue;
		const both = new Set([lastOfA, firstOfB].filter((i) => all.has(i)));
		if (phrasesOf(tokens, both).length === 1) {
			ctx.problem(
				`targets ${a.n + 1} and ${b.n + 1} touch (only punctuation between) but differ in voice: marked together they make one phrase, which has one voice`
			);
		}
	}
}

export const loadedWording = {
	skill: 'word-choice',
	keySchema,
	authoring,

	resolve(key: LoadedWordingKey<string, string>, ctx) {
		const passage = ctx.span(key.passage, 'passage');
		if (!passage) return null;
		const tokens = ctx.tokens(passage);
		const targets = key.targets.map((target, n): LoadedTarget | null => {
			const label = `target ${n + 1}`;
			const whose = whoseOf(target, label, ctx);
			const span = ctx.spanWithin(passage, target.quote, target.occurrence, label);
			return span && { span, connotes: target.connotes, neutral: target.neutral, voice: target.voice, whose };
		});
		const defensible = (key.defensible ?? []).map((word, n): DefensibleWord | null => {
			const label = `defensible ${n + 1}`;
			if (typeof word.explanation !== 'string' || !word.explanation.trim()) {
				ctx.problem(`${label}: "explanation" is missing or empty`);
			}
			const span = ctx.spanWithin(passage, word.quote, word.occurrence, label);
			if (!span) return null;
			targets.forEach((t, m) => {
				if (t && span.start < t.span.end && t.span.start < span.end) ctx.problem(`${label}: overlaps target ${m + 1}`);
			});
			return { span, explanation: word.explanation };
		});
		const notLoaded = (key.notLoaded ?? []).map((word, n): NotLoadedWord | null => {
			const label = `not loaded ${n + 1}`;
			if (typeof word.explanation !== 'string' || !word.explanation.trim()) {
				ctx.problem(`${label}: "explanation" is missing or empty`);
			}
			const span = ctx.spanWithin(passage, word.quote, word.occurrence, label);
			if (!span) return null;
			const overlaps = (other: { span: { start: number; end: number } } | null) =>
				other !== null && span.start < other.span.end && other.span.start < span.end;
			targets.forEach((t, m) => overlaps(t) && ctx.problem(`${label}: overlaps target ${m + 1}`));
			defensible.forEach((d, m) => overlaps(d) && ctx.problem(`${label}: overlaps defensible ${m + 1}`));
			return { span, explanation: word.explanation };
		});
		if ([...targets, ...defensible, ...notLoaded].some((t) => t === null)) return null;
		const resolved = targets.filter((t) => t !== null);
		touchingVoices(resolved, tokens, ctx);
		return {
			kind: key.kind,
			id: key.id,
			prompt: key.prompt,
			passage,
			tokens,
			targets: resolved,
			defensible: defensible.filter((d) => d !== null),
			notLoaded: notLoaded.filter((d) => d !== null),
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

	maxScore,

	response,

	fromForm(form) {
		const voices: Record<string, unknown> = {};
		for (const [name, value] of form.entries()) {
			if (name.startsWith(VOICE_FIELD)) voices[name.slice(VOICE_FIELD.length)] = value;
		}
		return {
			marks: form.getAll('mark').map((value) => (/^\d{1,6}$/.test(String(value)) ? Number(value) : value)),
			voices
		};
	},

	fits(item, answer) {
		const words = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
		if (!answer.marks.every((i) => words.has(i))) return text().marksOfPassage;
		// A voice at an unmarked word is let through and ignored: without JavaScript, unmarking a word leaves its choice.
		const voiced = Object.keys(answer.voices ?? {}).map(Number);
		return voiced.every((i) => words.has(i)) ? null : text().voicesOfPassage;
	},

	grade,
	gradeChecked,

	highlights: (item, answered) => [
		{ span: item.passage, role: 'passage', label: text().hlPassage },
		...(answered ? item.targets.map((t) => ({ span: t.span, role: 'target' as const, label: text().hlLoaded })) : [])
	],

	solution: (item): LoadedWordingSolution => ({
		targets: item.targets,
		defensible: item.defensible,
		notLoaded: item.notLoaded,
		explanation: item.explanation
	}),

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
