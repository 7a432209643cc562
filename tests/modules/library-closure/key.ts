import { defineModule } from '$lib/modules/module';

/*
 * A small module for the browser tests: two short invented reports and one
 * item of each kind, so that a flow through every kind costs seconds. The
 * shipped modules live in quizzes/; this one is served only by a build made
 * with QUIZ_FIXTURES=on (see vite.config.ts).
 */
export default defineModule({
	title: 'Test module: a library closes',
	summary: 'Two short invented reports of a council vote, with a question of each kind.',
	minutes: 5,
	practice: true,
	sources: ['gazette', 'courier'],
	speakers: {
		holt: { name: 'Dana Holt', description: 'Mayor of the town' },
		union: { name: 'The library workers’ union', description: 'The union of the town’s librarians' },
		critics: { name: 'Critics', description: 'Unnamed critics of the decision' }
	},
	items: [
		{
			kind: 'attribution',
			id: 'holt-quote',
			prompt: 'Who says that nobody uses the building, and how does the report give the words?',
			statement: { source: 'gazette', quote: '“We cannot keep a building open that nobody uses,”' },
			choices: ['holt', 'union'],
			speaker: 'holt',
			mode: 'direct-quote',
			evidence: [{ source: 'gazette', quote: 'said Mayor Dana Holt' }],
			explanation:
				'The words stand inside quotation marks, followed by “said Mayor Dana Holt”: a direct quote of the mayor.'
		},
		{
			kind: 'attribution',
			id: 'union-count',
			prompt: 'Whose point is it that the count left out the children, and how is it given?',
			statement: { source: 'gazette', quote: 'the count “left out the children” who come after school' },
			choices: ['holt', 'union'],
			speaker: 'union',
			mode: 'partial-quote',
			evidence: [{ source: 'gazette', quote: 'Their union said' }],
			explanation:
				'“Their union said” names the source, and only “left out the children” is inside quotation marks: the rest is the reporter’s wording, so it is a partial quote.'
		},
		{
			kind: 'attribution',
			id: 'savings',
			prompt: 'Who says what the savings will pay for, and how?',
			statement: { source: 'courier', quote: 'The savings will pay for longer opening hours at the central library.' },
			choices: ['holt'],
			speaker: 'reporter',
			mode: 'reporter-claim',
			evidence: [{ source: 'courier', quote: 'The savings will pay for longer opening hours' }],
			explanation:
				'No one is named and there are no quotation marks: the report states it as a fact of its own, the reporter’s own claim.'
		},
		{
			kind: 'attribution',
			id: 'residents-fear',
			prompt: 'Who fears that the branch will never reopen, and how does the report say so?',
			statement: { source: 'courier', quote: 'the branch will never reopen' },
			// Not the critics: they are a vague group too, and would be a second right answer.
			choices: ['holt', 'union'],
			speaker: 'unnamed',
			mode: 'vague-source',
			evidence: [{ source: 'courier', quote: 'Some residents fear' }],
			explanation:
				'“Some residents” names no one: the report gives the fear to a vague group, so a reader cannot check who fears it, how many they are, or why.'
		},
		{
			kind: 'loaded-wording',
			id: 'reckless-attack',
			prompt: 'Mark the words in this sentence that carry a judgment.',
			passage: {
				source: 'gazette',
				quote:
					'In a stunning move, the town council voted on Monday to shut the beloved Elm Street library, a decision critics called a reckless attack on the neighbourhood.'
			},
			targets: [
				{ quote: 'stunning', connotes: 'shocking, beyond belief', neutral: 'unexpected', voice: 'outlet' },
				{
					quote: 'beloved',
					connotes: 'loved by everyone, so closing it is a loss',
					neutral: '(leave the word out)',
					voice: 'outlet'
				},
				{
					quote: 'reckless attack',
					connotes: 'a careless act meant to hurt',
					neutral: 'a harmful decision',
					// No quotation marks: the critics' point, in the reporter's words.
					voice: 'paraphrased',
					whose: 'critics'
				}
			],
			defensible: [
				{
					quote: 'shut',
					explanation: '“Shut” sounds blunter than “close”, but it is the plain word for it: it judges no one.'
				}
			],
			// Often marked, and not loaded: the feedback gives this word's own reason.
			notLoaded: [
				{
					quote: 'decision',
					explanation: 'The plain word for what a council agrees on in a vote; it praises and blames no one.'
				}
			],
			explanation:
				'“Stunning” and “beloved” are the newspaper’s own words: no one is quoted. “Reckless attack” is what the critics called the decision, passed on by the reporter.'
		},
		{
			kind: 'disputed-claim',
			id: 'visitor-figures',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'The Elm Street library lost half of its visitors in five years.',
			// The Courier's own voice (Report B's outlet) is offered too: it gives the figure “According to the mayor”, not as its own.
			choices: ['holt', 'union', 'critics', 'outlet:courier'],
			asserters: ['holt'],
			disputers: ['union'],
			reportedIn: ['gazette', 'courier'],
			evidence: [
				{ source: 'gazette', quote: 'Librarians dispute the figures.' },
				{ source: 'courier', quote: 'The library workers’ union rejected those numbers.' }
			],
			explanation:
				'The mayor gives the figure in both reports, and both say that the librarians’ union disputes it. Report B does not assert it in its own voice: “According to the mayor” hands the figure to her.'
		},
		{
			kind: 'source-comparison',
			id: 'which-report',
			prompt: 'Which report tells you each of these things?',
			statements: [
				{
					id: 'visitors',
					text: 'The mayor says the library lost half of its visitors.',
					in: ['gazette', 'courier'],
					evidence: [
						{ source: 'gazette', quote: 'She said the branch had lost half of its visitors in five years.' },
						{ source: 'courier', quote: 'According to the mayor, the branch lost half of its visitors' }
					],
					explanation: 'Both reports give the mayor’s figure.'
				},
				{
					id: 'savings',
					text: 'The money saved will go to the central library.',
					in: ['courier'],
					evidence: [
						{ source: 'courier', quote: 'The savings will pay for longer opening hours at the central library.' }
					],
					explanation: 'Only the Courier says what the savings will pay for.'
				},
				{
					id: 'critics',
					text: 'Critics call the decision an attack on the neighbourhood.',
					in: ['gazette'],
					evidence: [{ source: 'gazette', quote: 'a decision critics called a reckless attack on the neighbourhood' }],
					explanation: 'Only the Gazette quotes the critics.'
				},
				{
					id: 'cafe',
					text: 'The building will become a café.',
					in: [],
					evidence: [],
					explanation: 'Neither report says what happens to the building.'
				}
			],
			explanation: 'Each report has something the other leaves out.'
		},
		{
			kind: 'provenance',
			id: 'courier-copy',
			prompt: 'How did these reports reach you? For each passage, choose what it shows.',
			observations: [
				{
					id: 'union-said',
					at: { source: 'gazette', quote: 'Their union said' },
					category: 'ordinary',
					explanation: 'A reporting verb after a named source is ordinary reporting.'
				},
				{
					id: 'according-to',
					at: { source: 'courier', quote: 'According to the mayor' },
					category: 'ordinary',
					explanation: 'Naming who gives a figure is ordinary reporting.'
				},
				{
					id: 'source-line',
					at: { source: 'courier', quote: 'Source link -12' },
					category: 'republication',
					explanation:
						'A “Source link” line under an article is what sites that copy articles add: another site re-published it.'
				}
			],
			explanation: 'Only the footer line shows that the text was copied; the rest is how any newsroom writes.'
		}
	]
});
