import { getLocale } from '$lib/paraglide/runtime';
/*
 * One formatter per time zone: building an Intl.DateTimeFormat is costly, and
 * a class's progress table shows two times per learner (a 1,000-learner page
 * spent most of its time and memory making formatters).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The interface's language as Intl writes dates in it: English as in Britain (day before month), German as in Germany. */
const dateLocale = () => (getLocale() === 'de' ? 'de-DE' : 'en-GB');

export function formatTime(iso: string, timeZone: string): string {
	try {
		const locale = dateLocale();
		let formatter = formatters.get(`${locale} ${timeZone}`);
		if (!formatter) {
			formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
			formatters.set(`${locale} ${timeZone}`, formatter);
		}
		return formatter.format(new Date(iso));
	} catch {
		return iso;
	}
}

const inputFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The value a datetime-local field shows for an instant, read in a time zone
 * ("2026-11-22T09:05"); empty for no time.
 */
export function toDateTimeLocal(iso: string | null, timeZone: string): string {
	if (!iso) return '';
	try {
		let formatter = inputFormatters.get(timeZone);
		if (!formatter) {
			formatter = new Intl.DateTimeFormat('en-CA', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit'
			});
			inputFormatters.set(timeZone, formatter);
		}
		const part = Object.fromEntries(formatter.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
		return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
	} catch {
		return '';
	}
}

/** Opening and closing times lie in these years; anything else is a slip of the keyboard (0000, 20266). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * A time as a datetime-local field sends it ("2026-11-22T09:05") or as
 * toISOString() writes it. Nothing looser: Date.parse reads "1", "0" or "%00"
 * as a year and would open or close an assignment in 2001.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

const daysIn = (year: number, month: number) =>
	month === 2
		? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
			? 29
			: 28
		: [4, 6, 9, 11].includes(month)
			? 30
			: 31;

export type DateTimeProblem = 'not-a-time' | 'no-such-time' | 'out-of-range';

/**
 * What is wrong with a typed time, or null if nothing is. Date.parse shifts a
 * day or an hour that does not exist instead of refusing it (30 February
 * becomes 2 March, 31 April 1 May, 24:00 the next day's 00:00), so each part
 * is checked as written.
 */
export function dateTimeProblem(value: string): DateTimeProblem | null {
	const parts = DATE_TIME.exec(value);
	if (!parts) return 'not-a-time';
	const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts
		.slice(1)
		.map((p) => Number(p ?? 0));
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return 'no-such-time';
	if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return 'no-such-time';
	if (year < FIRST_YEAR || year > LAST_YEAR) return 'out-of-range';
	return Number.isNaN(Date.parse(value)) ? 'no-such-time' : null;
}

/**
 * Before a form with datetime-local fields is sent with JavaScript: the
 * browser reads each time in the teacher's own zone and sends it as an ISO
 * instant. (Without JavaScript the server reads it in the server's zone, and
 * the form says so.) A time that does not exist is sent as typed, for the
 * server to refuse with its message, rather than shifted by the browser.
 */
export function localTimesToIso(formData: FormData, names: readonly string[]) {
	for (const name of names) {
		const value = formData.get(name);
		const at = typeof value === 'string' && value && !dateTimeProblem(value) ? new Date(value) : null;
		if (at && !Number.isNaN(at.getTime())) formData.set(name, at.toISOString());
	}
}

/** The time now, as the database stores times: ISO 8601 in UTC. */
export const now = (): string => new Date().toISOString();
