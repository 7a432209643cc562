import { localized } from '$lib/i18n/localized';

/*
 * The words of this kind's teacher views (Solution, Distribution) and of its answers in words (summarise, classify),
 * in each language, typed alike. Apart from text.ts, which a learner's question page loads with the feedback: these
 * would only add to that page's 50 KB of JavaScript (PRODUCT.md), and no learner's page shows them.
 */
export const teacherText = localized({
	en: {
		solLoaded: ' (loaded)',
		solFair: 'Fair to mark, not counted',
		solNotLoaded: 'Not loaded, though often marked (each costs a point)',
		topWords: 'The most marked words',
		colWord: 'Word',
		colInKey: 'In the key',
		colMarkedBy: 'Marked by',
		yes: 'Yes',
		no: 'No',
		keyTargets: 'The loaded phrases in the key, and whose words the class said they are',
		foundBy: (found: number, answered: number) => `Found by ${found} of ${answered}`,
		voiceRightBy: (right: number, voice: string) =>
			`; of those, ${right} said whose words rightly (${voice}). They said: `,
		heatCaption: (n: number) => `Words the class marked as loaded (${n} ${n === 1 ? 'answer' : 'answers'})`,
		heatKey: 'Key to the heatmap',
		heatInKey: 'in the answer key (solid underline; ◆ where a phrase of the key starts)',
		heatNumber: 'the number (and the shading) says how many learners marked the word',
		heatNobody: 'Nobody has marked a word in this passage yet.',
		heatTarget: 'target:',
		heatMarkedBy: ', marked by',
		noWordsMarked: 'no words marked'
	},
	de: {
		solLoaded: ' (wertend)',
		solFair: 'Vertretbar zu markieren, nicht gezählt',
		solNotLoaded: 'Nicht wertend, obwohl oft markiert (jedes kostet einen Punkt)',
		topWords: 'Die am häufigsten markierten Wörter',
		colWord: 'Wort',
		colInKey: 'In der Lösung',
		colMarkedBy: 'Markiert von',
		yes: 'Ja',
		no: 'Nein',
		keyTargets: 'Die wertenden Wortgruppen der Lösung, und wessen Worte sie laut der Klasse sind',
		foundBy: (found: number, answered: number) => `Gefunden von ${found} von ${answered}`,
		voiceRightBy: (right: number, voice: string) =>
			`; davon haben ${right} richtig gesagt, wessen Worte es sind (${voice}). Gesagt wurde: `,
		heatCaption: (n: number) =>
			`Wörter, die die Klasse als wertend markiert hat (${n} ${n === 1 ? 'Antwort' : 'Antworten'})`,
		heatKey: 'Zeichenerklärung zur Heatmap',
		heatInKey: 'in der Lösung (durchgezogen unterstrichen; ◆, wo eine Wortgruppe der Lösung beginnt)',
		heatNumber: 'die Zahl (und die Schattierung) sagt, wie viele Lernende das Wort markiert haben',
		heatNobody: 'Noch niemand hat in dieser Textstelle ein Wort markiert.',
		heatTarget: 'Lösung:',
		heatMarkedBy: ', markiert von',
		noWordsMarked: 'keine Wörter markiert'
	}
});
