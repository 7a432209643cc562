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

/**
 * Before a form with datetime-local fields is sent with JavaScript: the
 * browser reads each time in the teacher's own zone and sends it as an ISO
 * instant. (Without JavaScript the server reads it in the server's zone, and
 * the form says so.)
 */
export function localTimesToIso(formData: FormData, names: readonly string[]) {
	for (const name of names) {
		const value = formData.get(name);
		const at = typeof value === 'string' && value ? new Date(value) : null;
		if (at && !Number.isNaN(at.getTime())) formData.set(name, at.toISOString());
	}
}
