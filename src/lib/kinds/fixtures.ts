/**
 * Named fixtures for the kind and compiler tests: a tiny two-document module,
 * its three items compiled the way the app compiles them, and named responses
 * per kind. Token indices are looked up by word, never written by hand, so the
 * documents can be edited without breaking every test.
 */
import { compileModule, type ModuleFiles } from '$lib/modules/compile';
import { defineModule } from '$lib/modules/module';
import type { Token } from '$lib/quiz/types';
import type { Item } from './registry';
import type { AttributionItem } from './attribution/types';
import type { LoadedWordingItem, Voice } from './loaded-wording/types';
import type { DisputedClaimItem } from './disputed-claim/types';
import type { SourceComparisonItem } from './source-comparison/types';

export const fixtureId = 'fixture';

export const wireDocument = `---
title: Putin demands guarantees
outlet: Test Wire
origin: Written for the unit tests.
language: English
---
Putin demands guarantees

Putin said the West had “cheated” Moscow for decades. NATO rejected the claim, a spokesperson said.

The Kyiv regime is plotting a bloody, senseless offensive against Donbas, he claimed.
`;

export const dailyDocument = `---
title: Talks to begin in January
outlet: Test Daily
origin: Written for the unit tests.
language: English
---
Talks to begin in January

Putin says the West broke its promise not to expand NATO eastwards. NATO denies that any such promise was made.
`;

export const explanations = {
	attribution: 'Putin is named, and only “cheated” is inside quotation marks: a partial quote.',
	loadedWording: 'Regime, plotting and bloody all judge before they inform.',
	disputedClaim: 'Only the daily report gives the alliance’s denial.',
	sourceComparison: 'Each report carries something the other leaves out.'
};

export const comparisonExplanations = {
	natoAnswers: 'The wire says NATO rejected the claim; the daily says NATO denies it.',
	offensive: 'Only the wire reports the claim about an offensive.',
	talks: 'Only the daily’s headline mentions the January talks.',
	sanctions: 'Neither report mentions sanctions.'
};

/** Why a defensible word is fair to mark and free. */
export const defensibleExplanations = {
	claimed: '“Claimed” can hint at doubt, but here it only says who is speaking.'
};

export const connotes = {
	regime: 'an illegitimate government',
	plotting: 'secret, hostile scheming',
	bloody: 'gratuitous violence'
};

/** A fresh, valid key each call, so that a test may break its own copy. */
export function fixtureKey() {
	return defineModule({
		title: 'Fixture module',
		summary: 'Two short reports written for the tests.',
		minutes: 5,
		sources: ['wire', 'daily'],
		speakers: {
			putin: { name: 'Vladimir Putin', description: 'President of Russia' },
			nato: { name: 'NATO', description: 'The North Atlantic alliance' },
			peskov: { name: 'Dmitry Peskov', description: 'Kremlin spokesman' }
		},
		items: [
			{
				kind: 'attribution',
				id: 'cheated',
				prompt: 'Who says the West cheated Moscow, and how is it reported?',
				statement: { source: 'wire', quote: 'the West had “cheated” Moscow for decades' },
				// Not in the module's order, which is the order they are offered in.
				choices: ['nato', 'putin'],
				speaker: 'putin',
				mode: 'partial-quote',
				evidence: [{ source: 'wire', quote: 'Putin said' }],
				explanation: explanations.attribution
			},
			{
				kind: 'loaded-wording',
				id: 'kyiv-regime',
				prompt: 'Mark the words that carry a judgment.',
				passage: {
					source: 'wire',
					quote: 'The Kyiv regime is plotting a bloody, senseless offensive against Donbas, he claimed.'
				},
				targets: [
					// No quotation marks, and "he claimed": Putin's point in the reporter's words.
					{
						quote: 'Kyiv regime',
						connotes: connotes.regime,
						neutral: 'the Ukrainian government',
						voice: 'paraphrased',
						whose: 'putin'
					},
					{ quote: 'plotting', connotes: connotes.plotting, neutral: 'planning', voice: 'paraphrased', whose: 'putin' },
					// Punctuation inside a phrase: only its words may count as marking it.
					{ quote: 'bloody, senseless', connotes: connotes.bloody, neutral: 'military', voice: 'outlet' }
				],
				defensible: [{ quote: 'claimed', explanation: defensibleExplanations.claimed }],
				explanation: explanations.loadedWording
			},
			{
				kind: 'disputed-claim',
				id: 'nato-promise',
				prompt: 'Who asserts the claim, who disputes it, and which report says it is disputed?',
				claim: 'NATO promised not to expand eastwards.',
				choices: ['putin', 'nato', 'peskov'],
				asserters: ['putin'],
				disputers: ['nato'],
				reportedIn: ['daily'],
				evidence: [
					{ source: 'daily', quote: 'Putin says' },
					{ source: 'daily', quote: 'NATO denies' }
				],
				explanation: explanations.disputedClaim
			}
		]
	});
}

export const fixtureDocuments = { wire: wireDocument, daily: dailyDocument };

export const fixtureProse = {
	intro: '<p>Intro.</p>',
	debrief: '<p>Debrief.</p>',
	teacherNotes: '<p>Notes.</p>'
};

export function fixtureFiles(): ModuleFiles {
	return { id: fixtureId, key: fixtureKey(), documents: { ...fixtureDocuments }, prose: { ...fixtureProse } };
}

/**
 * The comparison item, in a module of its own over the same two documents, so
 * that the specs which walk or count the fixture module's items stay as they are.
 */
export function comparisonFixtureFiles(): ModuleFiles {
	return {
		...fixtureFiles(),
		key: defineModule({
			...fixtureKey(),
			items: [
				{
					kind: 'source-comparison',
					id: 'which-report',
					prompt: 'Which report tells you this?',
					statements: [
						{
							id: 'nato-answers',
							text: 'NATO answers Putin’s accusation.',
							in: ['wire', 'daily'],
							evidence: [
								{ source: 'wire', quote: 'NATO rejected the claim' },
								{ source: 'daily', quote: 'NATO denies' }
							],
							explanation: comparisonExplanations.natoAnswers
						},
						{
							id: 'offensive',
							text: 'Putin says Kyiv is planning an offensive.',
							in: ['wire'],
							evidence: [
								{ source: 'wire', quote: 'is plotting a bloody, senseless offensive against Donbas, he claimed' }
							],
							explanation: comparisonExplanations.offensive
						},
						{
							id: 'talks',
							text: 'Talks are planned for January.',
							in: ['daily'],
							evidence: [{ source: 'daily', quote: 'Talks to begin in January' }],
							explanation: comparisonExplanations.talks
						},
						{
							id: 'sanctions',
							text: 'Putin threatens sanctions.',
							in: [],
							evidence: [],
							explanation: comparisonExplanations.sanctions
						}
					],
					explanation: explanations.sourceComparison
				}
			]
		})
	};
}

/**
 * The fixture claim keyed with two answers in every part, one of them the
 * daily's own voice, so that each part is worth 2 and can be half right.
 * Compiled as any key is, so that the outlet is checked too.
 */
export function disputedClaimWideFiles(): ModuleFiles {
	const key = fixtureKey();
	return {
		...fixtureFiles(),
		key: defineModule({
			...key,
			items: key.items.map((item): typeof item =>
				item.kind === 'disputed-claim'
					? {
							...item,
							choices: ['putin', 'nato', 'peskov', 'outlet:daily'],
							asserters: ['putin', 'outlet:daily'],
							disputers: ['nato', 'peskov'],
							reportedIn: ['wire', 'daily'],
							evidence: [...item.evidence, { source: 'wire', quote: 'NATO rejected the claim' }]
						}
					: item
			)
		})
	};
}

const compiled = compileModule(fixtureFiles());
if (!compiled.ok) throw new Error(`fixture module does not compile:\n  ${compiled.problems.join('\n  ')}`);
export const fixtureModule = compiled.module;

function itemOf<K extends Item['kind']>(kind: K): Extract<Item, { kind: K }> {
	const item = fixtureModule.items.find((i) => i.kind === kind);
	if (!item) throw new Error(`fixture module has no ${kind} item`);
	return item as Extract<Item, { kind: K }>;
}

export const attributionItem: AttributionItem = itemOf('attribution');
export const loadedWordingItem: LoadedWordingItem = itemOf('loaded-wording');
export const disputedClaimItem: DisputedClaimItem = itemOf('disputed-claim');
const comparisonCompiled = compileModule(comparisonFixtureFiles());
if (!comparisonCompiled.ok)
	throw new Error(`comparison fixture does not compile:\n  ${comparisonCompiled.problems.join('\n  ')}`);
export const sourceComparisonItem = comparisonCompiled.module.items[0] as SourceComparisonItem;

const wideCompiled = compileModule(disputedClaimWideFiles());
if (!wideCompiled.ok) throw new Error(`wide disputed claim does not compile:\n  ${wideCompiled.problems.join('\n  ')}`);
export const disputedClaimWideItem = wideCompiled.module.items.find(
	(item) => item.kind === 'disputed-claim'
) as DisputedClaimItem;

function allTokens(source: string): Token[] {
	const doc = fixtureModule.sources.find((d) => d.id === source);
	if (!doc) throw new Error(`no fixture document ${source}`);
	return doc.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.tokens));
}

function only(tokens: Token[], text: string): number {
	const found = tokens.filter((t) => t.text === text);
	if (found.length !== 1) throw new Error(`"${text}" occurs ${found.length} times, expected once`);
	return found[0].i;
}

/** The index of a token of the loaded-wording passage, by its text. */
export const passageToken = (text: string) => only(loadedWordingItem.tokens, text);

/** The index of a token of the wire document that lies outside the passage. */
export const wireTokenOutsidePassage = (text: string) =>
	only(
		allTokens('wire').filter((t) => t.i < loadedWordingItem.passage.start || t.i >= loadedWordingItem.passage.end),
		text
	);

export { formData } from './samples';

export const attributionResponses = {
	perfect: { speaker: 'putin', mode: 'partial-quote' },
	/** What an unanswered form posts: no fields at all. */
	empty: { speaker: undefined, mode: undefined },
	partial: { speaker: 'putin', mode: 'direct-quote' },
	allWrong: { speaker: 'nato', mode: 'reporter-claim' },
	/** Stored before partial quotes could be chosen: the nearest of the three modes then offered. */
	oldParaphrase: { speaker: 'putin', mode: 'paraphrase' },
	malformed: {
		null: null,
		string: 'putin',
		number: 42,
		array: ['putin', 'paraphrase'],
		'speaker not a string': { speaker: 5, mode: 'paraphrase' },
		'speaker an array': { speaker: ['putin'], mode: 'paraphrase' },
		'mode not offered': { speaker: 'putin', mode: 'gossip' },
		'speaker too long': { speaker: 'p'.repeat(65), mode: 'paraphrase' },
		'mode missing': { speaker: 'putin' }
	} as Record<string, unknown>
};

const marks = (...words: string[]) => ({ marks: words.map(passageToken) });

/** Marks the words named, and gives each phrase the voice named at its first word ("Kyiv", "paraphrased"). */
const voiced = (...pairs: Array<[string, Voice | null]>) => ({
	marks: pairs.map(([word]) => passageToken(word)),
	voices: Object.fromEntries(
		pairs.flatMap(([word, voice]) => (voice ? [[String(passageToken(word)), voice] as const] : []))
	) as Record<string, Voice>
});

/** Kyiv regime and plotting: Putin's point in the reporter's words; bloody, senseless: the outlet's own. */
const right = [
	['Kyiv', 'paraphrased'],
	['plotting', 'paraphrased'],
	['senseless', 'outlet']
] as Array<[string, Voice]>;

export const loadedWordingResponses = {
	/** One word of each phrase is enough, with its voice: 3 found + 3 voices. */
	perfect: voiced(...right),
	/** Every word of every phrase: still one point per phrase, one voice per phrase. */
	perfectEveryWord: voiced(
		['Kyiv', 'paraphrased'],
		['regime', null],
		['plotting', 'paraphrased'],
		['bloody', 'outlet'],
		['senseless', null]
	),
	/** Whose word it is, right: every phrase found, every voice the key's (6 of 6). */
	whoseRight: voiced(...right),
	/** Whose word it is, wrong: every phrase found, every voice "quoted" (3 of 6). */
	whoseWrong: voiced(['Kyiv', 'quoted'], ['plotting', 'quoted'], ['senseless', 'quoted']),
	/** Every phrase with its voice, and the defensible word "claimed", which costs nothing (6 of 6). */
	defensibleExtra: voiced(...right, ['claimed', 'paraphrased']),
	/** An answer stored before learners were asked whose words: marks only (3 of 6). */
	oldShape: marks('Kyiv', 'plotting', 'senseless'),
	empty: { marks: [], voices: {} },
	/** Two phrases found, one voice right, one wrong word: 2 + 1 − 1. */
	partial: voiced(['regime', 'paraphrased'], ['plotting', 'outlet'], ['offensive', 'outlet']),
	allWrong: voiced(['The', 'outlet'], ['offensive', 'outlet'], ['Donbas', 'quoted']),
	malformed: {
		null: null,
		string: 'Kyiv',
		'marks a string': { marks: '1,2,3' },
		'marks missing': {},
		'negative token id': { marks: [-1] },
		'float token id': { marks: [passageToken('Kyiv') + 0.5] },
		'token id as string': { marks: [String(passageToken('Kyiv'))] },
		'NaN token id': { marks: [Number.NaN] },
		'infinite token id': { marks: [Number.POSITIVE_INFINITY] },
		// Right answers inside an over-long array must not leak into the score.
		'huge array': { marks: Array.from({ length: 501 }, () => passageToken('Kyiv')) },
		'valid marks plus one bad': { marks: [passageToken('Kyiv'), passageToken('plotting'), -3] },
		'voice not offered': { marks: [passageToken('Kyiv')], voices: { [passageToken('Kyiv')]: 'gossip' } },
		'voices an array': { marks: [passageToken('Kyiv')], voices: ['paraphrased'] },
		'voice keyed by a word': { marks: [passageToken('Kyiv')], voices: { Kyiv: 'paraphrased' } }
	} as Record<string, unknown>
};

export const disputedClaimResponses = {
	perfect: { asserters: ['putin'], disputers: ['nato'], reportedIn: ['daily'] },
	empty: { asserters: [], disputers: [], reportedIn: [] },
	/** Asserters right; a superset of disputers and of reports is not right. */
	partial: { asserters: ['putin'], disputers: ['nato', 'peskov'], reportedIn: ['wire', 'daily'] },
	allWrong: { asserters: ['nato'], disputers: ['putin'], reportedIn: ['wire'] },
	malformed: {
		null: null,
		string: 'putin',
		'asserters a string': { asserters: 'putin', disputers: ['nato'], reportedIn: ['daily'] },
		'ids not strings': { asserters: [1], disputers: ['nato'], reportedIn: ['daily'] },
		'part missing': { asserters: ['putin'], disputers: ['nato'] },
		'id too long': { asserters: ['p'.repeat(65)], disputers: ['nato'], reportedIn: ['daily'] },
		'huge array': { asserters: Array.from({ length: 51 }, () => 'putin'), disputers: ['nato'], reportedIn: ['daily'] }
	} as Record<string, unknown>
};

/** Responses to disputedClaimWideItem: asserters putin and the daily's outlet, disputers nato and peskov, both reports. */
export const disputedClaimWideResponses = {
	perfect: { asserters: ['putin', 'outlet:daily'], disputers: ['nato', 'peskov'], reportedIn: ['wire', 'daily'] },
	/** One box wrong in each part: an asserter missed, a disputer too many, a report missed. 1 + 1 + 1. */
	oneWrongEach: { asserters: ['putin'], disputers: ['putin', 'nato', 'peskov'], reportedIn: ['daily'] },
	/** Two boxes wrong in each part: a miss and a wrong tick, or two misses. 0 + 0 + 0. */
	twoWrongEach: { asserters: ['putin', 'nato'], disputers: ['nato', 'putin'], reportedIn: [] },
	/** The outlet alone as asserter: Putin missed. 1 + 2 + 2. */
	outletOnly: { asserters: ['outlet:daily'], disputers: ['nato', 'peskov'], reportedIn: ['wire', 'daily'] },
	/** Every box ticked: two wrong ticks among the speakers, none among the reports. 0 + 0 + 2. */
	everything: {
		asserters: ['putin', 'nato', 'peskov', 'outlet:daily'],
		disputers: ['putin', 'nato', 'peskov', 'outlet:daily'],
		reportedIn: ['wire', 'daily']
	}
};

/**
 * An answer as it was stored under the old rule (each part 1 point for the
 * exact set), naming a speaker that is no longer offered.
 */
export const disputedClaimStoredAnswer = {
	answer: { asserters: ['putin'], disputers: ['nato', 'lavrov'], reportedIn: ['daily'] },
	score: 2,
	max: 3
};

/** Fixture statements: nato-answers (both), offensive (wire only), talks (daily only), sanctions (neither). */
export const sourceComparisonResponses = {
	perfect: { choices: { 'nato-answers': 'wire+daily', offensive: 'wire', talks: 'daily', sanctions: 'none' } },
	/** Two right (nato-answers, sanctions), two wrong. */
	partial: { choices: { 'nato-answers': 'wire+daily', offensive: 'daily', talks: 'none', sanctions: 'none' } },
	allWrong: { choices: { 'nato-answers': 'none', offensive: 'daily', talks: 'wire', sanctions: 'wire+daily' } },
	empty: { choices: {} },
	malformed: {
		null: null,
		string: 'wire',
		'choices missing': {},
		'choices an array': { choices: ['wire', 'daily'] },
		'choices an empty array': { choices: [] },
		'choice not a string': { choices: { 'nato-answers': ['wire', 'daily'] } },
		'statement id with capitals': { choices: { 'NATO-answers': 'wire+daily' } },
		'choice too long': { choices: { talks: 'd'.repeat(201) } },
		'too many entries': {
			choices: Object.fromEntries(Array.from({ length: 21 }, (_, n) => [`s${n}`, 'none']))
		}
	} as Record<string, unknown>
};
