import { keySchema } from './schema';
import { authoring } from './authoring';
import { text } from './text';
import { outletSource } from '$lib/quiz/types';
import { samples } from './samples';
import type { Grade, KindDefinition } from '../kind';
import { readStored } from '../stored';
import {
	parts,
	type DisputedClaimDetail,
	type DisputedClaimItem,
	type DisputedClaimKey,
	type DisputedClaimPublic,
	type DisputedClaimSolution
} from './types';
import { response, type DisputedClaimResponse } from './response';
import { offeredFor, partCredit, partMax } from './credit';
import { report, type DisputedClaimDistribution } from './report';

export type { DisputedClaimResponse } from './response';

/** Part by part (credit.ts); a stored answer of another shape (null) earns nothing. */
function gradeOf(item: DisputedClaimItem, answer: DisputedClaimResponse | null): Grade<DisputedClaimDetail> {
	const detail = Object.fromEntries(
		parts.map((part) => {
			const credit = partCredit(offeredFor(item, part), item[part], answer?.[part] ?? []);
			// A response of another shape earns nothing, not even an empty part's point for "nobody".
			return [part, answer ? credit : { ...credit, score: 0, correct: false }];
		})
	) as DisputedClaimDetail;
	return {
		score: parts.reduce((sum, part) => sum + detail[part].score, 0),
		max: parts.reduce((sum, part) => sum + detail[part].max, 0),
		valid: answer !== null,
		detail
	};
}

export const disputedClaim = {
	skill: 'disputes',
	keySchema,
	authoring,

	resolve(key: DisputedClaimKey<string, string>, ctx) {
		for (const id of key.choices) {
			const outlet = outletSource(id);
			if (outlet === null) {
				if (!Object.hasOwn(ctx.speakers, id)) ctx.problem(`unknown speaker "${id}"`);
			} else if (!ctx.sources.includes(outlet)) ctx.problem(`"${id}" is the outlet of an unknown report`);
		}
		for (const id of [...key.asserters, ...key.disputers]) {
			if (!key.choices.includes(id)) ctx.problem(`"${id}" is an answer but not one of the choices`);
		}
		for (const source of key.reportedIn) {
			if (!key.evidence.some((e) => e.source === source)) {
				ctx.problem(`reported in "${source}" but no evidence is quoted from it`);
			}
		}
		const evidence = key.evidence.map((anchor, n) => ctx.span(anchor, `evidence ${n + 1}`));
		if (evidence.some((span) => span === null)) return null;
		return {
			...key,
			sources: [...ctx.sources],
			evidence: evidence.filter((span) => span !== null)
		};
	},

	publicView: (item: DisputedClaimItem): DisputedClaimPublic => ({
		kind: item.kind,
		id: item.id,
		prompt: item.prompt,
		claim: item.claim,
		choices: item.choices,
		sources: item.sources
	}),

	maxScore: (item: DisputedClaimItem) => parts.reduce((sum, part) => sum + partMax(item[part]), 0),

	response,

	fromForm: (form) => ({
		asserters: form.getAll('asserters'),
		disputers: form.getAll('disputers'),
		reportedIn: form.getAll('reportedIn')
	}),

	fits(item, answer) {
		const speakers = [...answer.asserters, ...answer.disputers];
		if (!speakers.every((id) => item.choices.includes(id))) return text().speakersOffered;
		if (!answer.reportedIn.every((id) => item.sources.includes(id))) return text().reportsOffered;
		return null;
	},

	grade: (item, given) => gradeOf(item, readStored(response, given)),

	gradeChecked: (item, answer) => gradeOf(item, answer),

	highlights: (item, answered) =>
		answered ? item.evidence.map((span) => ({ span, role: 'evidence' as const, label: text().hlEvidence })) : [],

	solution: (item): DisputedClaimSolution => ({
		asserters: item.asserters,
		disputers: item.disputers,
		reportedIn: item.reportedIn,
		evidence: item.evidence,
		explanation: item.explanation
	}),

	...report,
	...samples
} satisfies KindDefinition<
	DisputedClaimKey<string, string>,
	DisputedClaimItem,
	DisputedClaimPublic,
	typeof response,
	DisputedClaimDetail,
	DisputedClaimSolution,
	DisputedClaimDistribution
>;
