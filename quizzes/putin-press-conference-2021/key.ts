import { defineModule } from '$lib/quiz/module';

export default defineModule({
	title: 'Two reports of one press conference',
	summary:
		'Putin’s annual press conference of 23 December 2021, as two machine-translated European reports told it: who says what, whose words are loaded, and what is disputed.',
	minutes: 35,
	sources: ['es', 'de'],
	speakers: {
		putin: { name: 'Vladimir Putin', description: 'President of Russia' },
		truss: { name: 'Liz Truss', description: 'Foreign Secretary of the United Kingdom' },
		whiteHouse: { name: 'The White House', description: 'The US president’s office, here through its statements' }
	},
	items: [
		{
			kind: 'attribution',
			id: 'lamented',
			prompt: 'Who says that “we live in different worlds”, and how does the report attribute it?',
			statement: { source: 'es', quote: '“Sometimes it seems that we live in different worlds,”' },
			speaker: 'putin',
			mode: 'direct-quote',
			evidence: [{ source: 'es', quote: 'he lamented' }],
			explanation:
				'The words are inside quotation marks and followed by “he lamented”: a direct quote of Putin. Note that “lamented” is the reporter’s choice of verb, and it carries a judgment.'
		},
		{
			kind: 'loaded-wording',
			id: 'white-house-rhetoric',
			prompt: 'Mark the words in this passage that carry a judgment.',
			passage: {
				source: 'es',
				quote:
					'The White House rejected the accusations of the Russian president and stressed that the “only aggression” that is seen is his “bellicose” rhetoric and the increase of the Russian military presence on the border.'
			},
			targets: [
				{
					quote: 'bellicose',
					connotes: 'warlike, eager for a fight',
					neutral: 'forceful',
					whose: 'whiteHouse'
				}
			],
			explanation: '“Bellicose” is in quotation marks: it is the White House’s word, quoted by the reporter.'
		},
		{
			kind: 'disputed-claim',
			id: 'nato-promise',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'NATO promised Russia that it would not expand to the east.',
			choices: ['putin', 'truss', 'whiteHouse'],
			asserters: ['putin'],
			disputers: [],
			reportedIn: ['de'],
			evidence: [
				{ source: 'de', quote: 'This representation is contested by the Alliance' },
				{ source: 'es', quote: 'despite promising that he would never do so' }
			],
			explanation: 'Placeholder.'
		}
	]
});
