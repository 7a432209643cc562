import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';
import type { Category } from './types';

type Categories = Record<Category, { title: string; hint: string; inSentence: string }>;

/** Every word this kind's question and feedback show, in each language (README: "Adding a kind"). */
export const text = localized({
	en: {
		categories: {
			translation: {
				title: 'A sign of translation',
				hint: 'The text was first written in another language.',
				inSentence: 'a sign of translation'
			},
			republication: {
				title: 'A sign of re-publication',
				hint: 'Another site copied the text, with leftovers of a web page.',
				inSentence: 'a sign of re-publication'
			},
			ordinary: {
				title: 'Nothing unusual',
				hint: 'Ordinary reporting, as any newsroom writes it.',
				inSentence: 'nothing unusual'
			}
		} as Categories,
		readThere:
			'Each passage is highlighted in its report. Read it there, with the words around it, then choose what it shows.',
		passageIn: (n: number, of: number, report: string) => `Passage ${n} of ${of}, in ${report}:`,
		findPassage: (n: number, report: string) => `Find passage ${n} in ${report}`,
		glossaryBefore: 'Words such as aggregator and drop cap are explained on ',
		glossaryLink: 'their own page',
		glossaryAfter: '.',
		passage: (n: number) => `Passage ${n}:`,
		chose: (by: Answerer, what: string) => `${by.They} chose ${what}.`,
		nothing: 'nothing',
		itIs: 'It is',
		aboutPassage: (n: number) => `passage ${n}`,
		aboutAll: 'all passages',
		allRight: (by: Answerer) =>
			`All right: ${by.they} told the marks of translation and copying from ordinary reporting.`,
		someRight: (by: Answerer, right: number, of: number) =>
			`${by.They} read ${right} of ${of} passages right: not everything odd is a sign, and some signs look ordinary at first.`,
		passagesOffered: 'Answer only the passages offered.',
		answersOffered: 'Choose one of the answers offered.',
		hlPassage: (n: number) => `Passage ${n}`,
		short: { translation: 'translation', republication: 're-publication', ordinary: 'nothing unusual' } as Record<
			Category,
			string
		>
	},
	de: {
		categories: {
			translation: {
				title: 'Ein Zeichen für Übersetzung',
				hint: 'Der Text wurde zuerst in einer anderen Sprache geschrieben.',
				inSentence: 'ein Zeichen für Übersetzung'
			},
			republication: {
				title: 'Ein Zeichen für Neuveröffentlichung',
				hint: 'Eine andere Seite hat den Text kopiert, mit Resten einer Webseite.',
				inSentence: 'ein Zeichen für Neuveröffentlichung'
			},
			ordinary: {
				title: 'Nichts Ungewöhnliches',
				hint: 'Normale Berichterstattung, wie jede Redaktion sie schreibt.',
				inSentence: 'nichts Ungewöhnliches'
			}
		} as Categories,
		readThere:
			'Jede Textstelle ist in ihrem Bericht markiert. Lies sie dort, mit den Wörtern drumherum, und wähle dann, was sie zeigt.',
		passageIn: (n: number, of: number, report: string) => `Textstelle ${n} von ${of}, in ${report}:`,
		findPassage: (n: number, report: string) => `Textstelle ${n} in ${report} finden`,
		glossaryBefore: 'Wörter wie Aggregator und Initiale werden auf ',
		glossaryLink: 'einer eigenen Seite',
		glossaryAfter: ' erklärt.',
		passage: (n: number) => `Textstelle ${n}:`,
		chose: (by: Answerer, what: string) =>
			by.self ? `Du hast „${what}“ gewählt.` : `${by.They} hat „${what}“ gewählt.`,
		nothing: 'nichts',
		itIs: 'Richtig ist',
		aboutPassage: (n: number) => `Textstelle ${n}`,
		aboutAll: 'alle Textstellen',
		allRight: (by: Answerer) =>
			by.self
				? 'Alles richtig: Du hast Zeichen für Übersetzung und Kopieren von normaler Berichterstattung unterschieden.'
				: `Alles richtig: ${by.They} hat Zeichen für Übersetzung und Kopieren von normaler Berichterstattung unterschieden.`,
		someRight: (by: Answerer, right: number, of: number) =>
			`${by.self ? 'Du hast' : `${by.They} hat`} ${right} von ${of} Textstellen richtig gelesen: Nicht alles Seltsame ist ein Zeichen, und manche Zeichen wirken zuerst normal.`,
		passagesOffered: 'Beantworte nur die angebotenen Textstellen.',
		answersOffered: 'Wähle eine der angebotenen Antworten.',
		hlPassage: (n: number) => `Textstelle ${n}`,
		short: {
			translation: 'Übersetzung',
			republication: 'Neuveröffentlichung',
			ordinary: 'nichts Ungewöhnliches'
		} as Record<Category, string>
	}
});
