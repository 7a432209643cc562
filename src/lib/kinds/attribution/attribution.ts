import { keySchema } from './schema';
import { authoring } from './authoring';
import { text } from './text';
import * as v from 'valibot';
import { samples } from './samples';
import { alwaysOffered, choicesOf, keyProblems } from './key-rules';
import type { Grade, KindDefinition } from '../kind';
import { readStored } from '../stored';
import {
	modes,
	type AttributionDetail,
	type AttributionItem,
	type AttributionKey,
	type AttributionPublic,
	type AttributionSolution,
	type Mode
} from './types';
import { report, type AttributionDistribution } from './report';

const response = v.object({
	speaker: v.pipe(
		v.string(() => text().chooseSpeaker),
		v.maxLength(64)
	),
	mode: v.picklist(Object.keys(modes) as Mode[], () => text().chooseMode)
});

export type AttributionResponse = v.InferOutput<typeof response>;

/** A speaker point and a mode point; a stored answer of another shape (null) scores neither. */
function gradeOf(item: AttributionItem, answer: AttributionResponse | null): Grade<AttributionDetail> {
	const detail: AttributionDetail = {
		speaker: { given: answer?.speaker ?? null, correct: answer?.speaker === item.speaker },
		mode: { given: answer?.mode ?? null, correct: answer?.mode === item.mode }
	};
	return {
		score: Number(detail.speaker.correct) + Number(detail.mode.correct),
		max: 2,
		valid: answer !== null,
		detail
	};
}

export const attribution = {
	skill: 'who-speaks',
	keySchema,
	authoring,

	resolve(key: AttributionKey<string, string>, ctx) {
		const statement = ctx.span(key.statement, 'statement');
		const evidence = key.evidence.map((anchor, n) => ctx.span(anchor, `evidence ${n + 1}`));
		const statementTokens = statement && ctx.tokens(statement);
		for (const problem of keyProblems(key, ctx.speakers, statementTokens)) ctx.problem(problem);
		if (!statement || evidence.some((span) => span === null)) return null;
		const { choices: _, ...rest } = key;
		const chosen = choicesOf(key);
		return {
			...rest,
			statement,
			// In the module's order, not the key's, so that the order never hints at the answer.
			speakers: [...Object.keys(ctx.speakers).filter((id) => chosen.includes(id)), ...alwaysOffered],
			evidence: evidence.filter((span) => span !== null)
		};
	},

	publicView(item: AttributionItem): AttributionPublic {
		return { kind: item.kind, id: item.id, prompt: item.prompt, statement: item.statement, speakers: item.speakers };
	},

	maxScore: () => 2,

	response,

	fromForm: (form) => ({ speaker: form.get('speaker') ?? undefined, mode: form.get('mode') ?? undefined }),

	fits(item, answer) {
		return item.speakers.includes(answer.speaker) ? null : text().chooseOffered;
	},

	grade: (item, given) => gradeOf(item, readStored(response, given)),

	gradeChecked: (item, answer) => gradeOf(item, answer),

	highlights: (item, answered) => [
		{ span: item.statement, role: 'statement', label: text().hlStatement },
		...(answered ? item.evidence.map((span) => ({ span, role: 'evidence' as const, label: text().hlEvidence })) : [])
	],

	solution: (item): AttributionSolution => ({
		speaker: item.speaker,
		mode: item.mode,
		evidence: item.evidence,
		explanation: item.explanation
	}),

	...report,
	...samples
} satisfies KindDefinition<
	AttributionKey<string, string>,
	AttributionItem,
	AttributionPublic,
	typeof response,
	AttributionDetail,
	AttributionSolution,
	AttributionDistribution
>;
