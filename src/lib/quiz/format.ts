import { m } from '$lib/paraglide/messages';
/*
 * Scores and shares in words, written one way on every page, the learner's and the teacher's.
 */

/** "3 of 5 points", "1 of 1 point", "0 of 1 point": the noun agrees with the points there are to get. */
export const pointsOf = (score: number, max: number) =>
	max === 1 ? m.points_of_one({ score, max }) : m.points_of({ score, max });

/** “1 question”, “18 questions”. */
export const questions = (n: number) => (n === 1 ? m.questions_one() : m.questions_many({ count: n }));

/** "about 1 minute", "about 40 minutes": how long a module takes. */
export const aboutMinutes = (n: number) => (n === 1 ? m.about_minutes_one() : m.about_minutes({ n }));

/** "1 report", "3 reports". */
export const reportCount = (n: number) => (n === 1 ? m.reports_one() : m.reports_many({ count: n }));

/** "1 question · about 10 minutes": a module's facts in a list or above its intro, the learner's and the teacher's. */
export const moduleFacts = (items: number, minutes: number) =>
	m.mod_facts({ questions: questions(items), minutes: aboutMinutes(minutes) });

/** "44 %" (with a space, as on the teacher's pages), from a share out of 100. */
export const percent = (share: number) => `${Math.round(share)} %`;

/**
 * A note in brackets that may hold brackets of its own: the inner ones become a comma.
 * "(Spanish, translated into English by machine)", not "(Spanish (translated into English by machine))".
 */
export const inBrackets = (text: string) => `(${text.replace(/\s*\(([^()]*)\)/g, ', $1')})`;

/**
 * A quotation's text for a <q>, which adds double quotation marks round it: its own double marks
 * become single ones, as a quote inside a quote is written. Otherwise a quote that ends on
 * someone's words ends in two closing marks: “… that “Russia does not threaten anyone””.
 */
export const nestQuotes = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’');
