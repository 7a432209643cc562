/*
 * One formatter per time zone: building an Intl.DateTimeFormat is costly, and
 * a class's progress table shows two times per learner (a 1,000-learner page
 * spent most of its time and memory making formatters).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatTime(iso: string, timeZone: string): string {
	try {
		let formatter = formatters.get(timeZone);
		if (!formatter) {
			formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
			formatters.set(timeZone, formatter);
		}
		return formatter.format(new Date(iso));
	} catch {
		return iso;
	}
}
