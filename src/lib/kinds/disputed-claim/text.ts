import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';

/** Every word this kind's question and feedback show, in each language (README: "Adding a kind"). */
export const text = localized({
	en: {
		assertDefined: 'To assert a claim is to say it is true; to dispute it is to say it is false or to question it.',
		outletBefore: '“The ',
		outlet: 'outlet',
		outletAfter: '” of a report is the report speaking in its own words, without quoting or naming anyone.',
		whoAsserts: 'Who asserts this claim?',
		whoDisputes: 'Who disputes it?',
		allThatApply: 'Choose all that apply, or none.',
		whichReport: 'Which report tells you that the claim is disputed?',
		whichReportHint:
			'A report tells you if it says so (someone “denies” or “rejects” the claim), or if it also gives someone’s words that go against the claim.',
		partAsserters: 'Who asserts it',
		partDisputers: 'Who disputes it',
		partReportedIn: 'Which report tells you it is disputed',
		nobody: 'nobody',
		neitherReport: 'neither report',
		boxRight: 'ticked, right',
		boxWrong: 'ticked, but not the answer',
		boxMissed: 'missed: the answer, but not ticked',
		minusOne: '−1 point',
		points: (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`,
		partScore: (score: number, of: string) => `${score} of ${of}`,
		tickedNone: (by: Answerer, none: string) => `${by.They} ticked ${none}, which is right.`,
		answerIs: 'The answer is',
		unreadable: 'This answer could not be read, so it scores no points.',
		allRight: (by: Answerer) =>
			`Every box is right: ${by.they} found exactly who asserts the claim, who disputes it and which reports say it is disputed.`,
		someRight: (by: Answerer, right: number, boxes: number) =>
			`${by.They} got ${right} of ${boxes} boxes right; each wrong tick, and each tick ${by.they} missed, costs its part one point.`,
		speakersOffered: 'Choose among the speakers offered.',
		reportsOffered: 'Choose among the reports offered.',
		hlEvidence: 'Evidence'
	},
	de: {
		assertDefined:
			'Etwas behaupten heißt sagen, dass es stimmt. Etwas bestreiten heißt sagen, dass es falsch ist, oder es anzweifeln.',
		outletBefore: '„Das ',
		outlet: 'Medium',
		outletAfter:
			'“ eines Berichts ist der Bericht, der mit eigenen Worten spricht, ohne jemanden zu zitieren oder zu nennen.',
		whoAsserts: 'Wer behauptet diese Aussage?',
		whoDisputes: 'Wer bestreitet sie?',
		allThatApply: 'Wähle alle passenden aus, oder keine.',
		whichReport: 'Welcher Bericht zeigt dir, dass die Aussage umstritten ist?',
		whichReportHint:
			'Ein Bericht zeigt es dir, wenn er es sagt (jemand „bestreitet“ oder „weist zurück“), oder wenn er auch Worte von jemandem bringt, die gegen die Aussage sprechen.',
		partAsserters: 'Wer sie behauptet',
		partDisputers: 'Wer sie bestreitet',
		partReportedIn: 'Welcher Bericht zeigt, dass sie umstritten ist',
		nobody: 'niemand',
		neitherReport: 'kein Bericht',
		boxRight: 'angekreuzt, richtig',
		boxWrong: 'angekreuzt, aber nicht die Antwort',
		boxMissed: 'verpasst: gehört zur Antwort, aber nicht angekreuzt',
		minusOne: '−1 Punkt',
		points: (n: number) => `${n} ${n === 1 ? 'Punkt' : 'Punkten'}`,
		partScore: (score: number, of: string) => `${score} von ${of}`,
		tickedNone: (by: Answerer, none: string) =>
			by.self
				? `Du hast „${none}“ gewählt, und das ist richtig.`
				: `${by.They} hat „${none}“ gewählt, und das ist richtig.`,
		answerIs: 'Die Antwort ist',
		unreadable: 'Diese Antwort war nicht lesbar, darum gibt es keine Punkte.',
		allRight: (by: Answerer) =>
			by.self
				? 'Alle Kästchen stimmen: Du hast genau gefunden, wer die Aussage behauptet, wer sie bestreitet und welche Berichte den Streit zeigen.'
				: `Alle Kästchen stimmen: ${by.They} hat genau gefunden, wer die Aussage behauptet, wer sie bestreitet und welche Berichte den Streit zeigen.`,
		someRight: (by: Answerer, right: number, boxes: number) =>
			by.self
				? `Du hast ${right} von ${boxes} Kästchen richtig. Jedes falsche und jedes fehlende Kreuz kostet im jeweiligen Teil einen Punkt.`
				: `${by.They} hat ${right} von ${boxes} Kästchen richtig. Jedes falsche und jedes fehlende Kreuz kostet im jeweiligen Teil einen Punkt.`,
		speakersOffered: 'Wähle unter den angebotenen Personen.',
		reportsOffered: 'Wähle unter den angebotenen Berichten.',
		hlEvidence: 'Beleg'
	}
});
