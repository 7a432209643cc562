/*
 * An assignment's name: what the teacher calls it in their lists, and what
 * learners see above it. Two assignments of one module in one class (two
 * groups, a retake) must be told apart, so a name the teacher does not give
 * is the module's title and the day it was made.
 */

/** The longest name: a line in a table, not a paragraph. */
export const ASSIGNMENT_NAME_MAX = 120;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "1 Dec 2026": the date part of what formatTime (time.ts) shows, in a time zone. */
export function formatDay(iso: string, timeZone: string): string {
	let formatter = dayFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone });
		dayFormatters.set(timeZone, formatter);
	}
	return formatter.format(new Date(iso));
}

/**
 * Cuts a text to at most `max` UTF-16 units (what the schema's length check
 * counts), marking the cut with “…” and never splitting a character.
 */
function fit(text: string, max: number): string {
	if (text.length <= max) return text;
	let kept = '';
	for (const char of text) {
		if (kept.length + char.length > max - 1) break;
		kept += char;
	}
	return `${kept.trimEnd()}…`;
}

/** "Two reports of one press conference · 1 Dec 2026": the title shortened if both would not fit. */
export function defaultAssignmentName(title: string, createdAt: string, timeZone: string): string {
	const day = ` · ${formatDay(createdAt, timeZone)}`;
	return fit(title, ASSIGNMENT_NAME_MAX - day.length) + day;
}

/** The name of a copy: "… (copy)", the original shortened if both would not fit. */
export function copyName(name: string, suffix = ' (copy)'): string {
	return fit(name, ASSIGNMENT_NAME_MAX - suffix.length) + suffix;
}

/** Whether this runtime knows the time zone ("Europe/Berlin", "UTC"); a browser sends it, so it is checked. */
export function isTimeZone(zone: string): boolean {
	if (!zone || zone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
