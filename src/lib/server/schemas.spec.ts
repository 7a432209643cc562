import { describe, expect, it } from 'vitest';
import {
	assignmentForm,
	assignmentNameForm,
	classForm,
	joinForm,
	parseForm,
	scheduleForm,
	signUpForm,
	submitForm
} from './schemas';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
};

const assign = (change: Record<string, string>) =>
	parseForm(
		assignmentForm,
		form({ moduleId: 'm', opensAt: '', closesAt: '', attemptsAllowed: '2', review: 'after-item', ...change })
	);

const NO_SUCH_TIME =
	'That date or time does not exist: check the day of the month, and that the time is between 00:00 and 23:59.';
const OUT_OF_RANGE = 'Choose a date between the years 2000 and 2100.';

describe('opening and closing times', () => {
	it.each([
		['2026-02-30T10:00', NO_SUCH_TIME],
		['2026-02-29T10:00', NO_SUCH_TIME],
		['2100-02-29T10:00', NO_SUCH_TIME],
		['2026-04-31T10:00', NO_SUCH_TIME],
		['2026-06-31T10:00', NO_SUCH_TIME],
		['2026-13-01T10:00', NO_SUCH_TIME],
		['2026-00-10T10:00', NO_SUCH_TIME],
		['2026-01-00T10:00', NO_SUCH_TIME],
		['2026-05-02T24:00', NO_SUCH_TIME],
		['2026-05-02T23:60', NO_SUCH_TIME],
		['2026-05-02T10:00:60', NO_SUCH_TIME],
		['2026-05-02T10:00+99:99', NO_SUCH_TIME],
		['0000-01-01T00:00', OUT_OF_RANGE],
		['1999-12-31T23:59', OUT_OF_RANGE],
		['2101-01-01T00:00', OUT_OF_RANGE],
		['9999-12-31T10:00:00.000Z', OUT_OF_RANGE],
		['tomorrow-ish', 'That is not a date and time.'],
		['1', 'That is not a date and time.'],
		['2026-5-2T10:00', 'That is not a date and time.'],
		['+020266-01-01T00:00:00.000Z', 'That is not a date and time.']
	])('refuses %j with a clear message instead of shifting it', (opensAt, message) => {
		expect(assign({ opensAt })).toEqual({ ok: false, message });
		expect(parseForm(scheduleForm, form({ closesAt: opensAt, attemptsAllowed: '2' }))).toEqual({ ok: false, message });
	});

	it.each([
		['2028-02-29T10:00', new Date('2028-02-29T10:00').toISOString()],
		['2000-02-29T00:00', new Date('2000-02-29T00:00').toISOString()],
		['2026-04-30T23:59', new Date('2026-04-30T23:59').toISOString()],
		['2026-12-31T23:59:59', new Date('2026-12-31T23:59:59').toISOString()],
		['2030-05-02T14:00:00.000Z', '2030-05-02T14:00:00.000Z'],
		['2030-05-02T10:00-04:00', '2030-05-02T14:00:00.000Z'],
		['2100-12-31T10:00:00.000Z', '2100-12-31T10:00:00.000Z'],
		[' 2030-05-02T14:00:00.000Z ', '2030-05-02T14:00:00.000Z']
	])('takes %j as the instant it names', (opensAt, iso) => {
		const parsed = assign({ opensAt });
		expect(parsed.ok && parsed.value.opensAt).toBe(iso);
	});

	it('takes no time as none', () => {
		const parsed = assign({});
		expect(parsed.ok && [parsed.value.opensAt, parsed.value.closesAt]).toEqual([null, null]);
	});
});

describe('attempts allowed', () => {
	it.each([
		['1e1', 'Attempts must be a whole number.'],
		['0x2', 'Attempts must be a whole number.'],
		[' 2 ', 'Attempts must be a whole number.'],
		['2 ', 'Attempts must be a whole number.'],
		['+2', 'Attempts must be a whole number.'],
		['2.0', 'Attempts must be a whole number.'],
		['1.5', 'Attempts must be a whole number.'],
		['٣', 'Attempts must be a whole number.'],
		['many', 'Attempts must be a whole number.'],
		['', 'Say how many attempts are allowed.'],
		['0', 'Allow at least one attempt.'],
		['00', 'Allow at least one attempt.'],
		['21', 'At most 20 attempts.'],
		['100', 'At most 20 attempts.'],
		['0002', 'At most 20 attempts.']
	])('refuses %j', (attemptsAllowed, message) => {
		expect(assign({ attemptsAllowed })).toEqual({ ok: false, message });
	});

	it.each([
		['1', 1],
		['02', 2],
		['20', 20]
	])('takes %j as %d', (attemptsAllowed, n) => {
		const parsed = assign({ attemptsAllowed });
		expect(parsed.ok && parsed.value.attemptsAllowed).toBe(n);
	});
});

describe('names', () => {
	const CANNOT_BE_SHOWN = 'Your name has characters that cannot be shown.';
	const join = (name: string) => parseForm(joinForm, form({ code: 'KMX479', name }));

	it.each([
		['فاطمه\u200Cزاده', 'a Persian name with a zero-width non-joiner between its parts'],
		['\u{1F469}\u200D\u{1F3EB} Ana', 'a ZWJ emoji sequence (woman teacher)'],
		['\u{1F3F3}\uFE0F\u200D\u{1F308}', 'a ZWJ sequence after a variation selector (rainbow flag)'],
		['\u{1F468}\u{1F3FD}\u200D\u{1F4BB} Ben', 'a ZWJ sequence after a skin tone'],
		['क्\u200Dष', 'a zero-width joiner between Devanagari letters'],
		['Zoë O’Neill-Smith', 'letters, marks and punctuation']
	])('takes %j (%s)', (name) => {
		const parsed = join(name);
		expect(parsed.ok && parsed.value.name).toBe(name.normalize('NFKC'));
		const teacher = parseForm(signUpForm, form({ name, email: 'a@example.org', password: 'a long enough password' }));
		expect(teacher.ok).toBe(true);
		expect(parseForm(classForm, form({ name })).ok).toBe(true);
	});

	it.each([
		['Ana\u202Enib', 'a right-to-left override'],
		['Ana\u2066x\u2069', 'bidi isolates'],
		['Ana\u200Fx', 'a right-to-left mark'],
		['An\u00ADa', 'a soft hyphen'],
		['Ana\u2060x', 'a word joiner'],
		['Ana\u200B', 'a zero-width space'],
		['\u200DAna', 'a joiner at the start'],
		['Ana \u200D x', 'a joiner between spaces'],
		['Ana\u200D', 'a joiner at the end'],
		['a\u200D\u200Db', 'two joiners in a row'],
		['a\u200C\u200Db', 'two different joiners in a row'],
		['Ana\u0007', 'a control character'],
		['Ana\u{E0041}', 'a tag character']
	])('refuses %j (%s)', (name) => {
		expect(join(name)).toEqual({ ok: false, message: CANNOT_BE_SHOWN });
		expect(parseForm(classForm, form({ name }))).toEqual({
			ok: false,
			message: 'The class name has characters that cannot be shown.'
		});
	});
});

describe('submitting an attempt', () => {
	it('takes a ticked box when questions are unanswered, and says how many', () => {
		expect(parseForm(submitForm(18), form({}))).toEqual({
			ok: false,
			message:
				'18 questions are unanswered and would count 0 points. Tick “Submit with 18 questions unanswered” to submit anyway, or answer them first.'
		});
		expect(parseForm(submitForm(1), form({ confirm: 'no' }))).toEqual({
			ok: false,
			message:
				'1 question is unanswered and would count 0 points. Tick “Submit with 1 question unanswered” to submit anyway, or answer it first.'
		});
		expect(parseForm(submitForm(18), form({ confirm: 'yes' })).ok).toBe(true);
	});

	it('takes nothing more when every question is answered', () => {
		expect(parseForm(submitForm(0), form({})).ok).toBe(true);
	});
});

describe('assignment names', () => {
	const rename = (name: string) => parseForm(assignmentNameForm, form({ name }));

	it('takes a name trimmed and folded, and refuses one empty, too long or with hidden characters', () => {
		expect(rename('  Week 3,\t group B ')).toEqual({ ok: true, value: { name: 'Week 3, group B' } });
		expect(rename('   ')).toEqual({ ok: false, message: 'The assignment’s name is missing.' });
		expect(parseForm(assignmentNameForm, new FormData())).toEqual({
			ok: false,
			message: 'The assignment’s name is missing.'
		});
		expect(rename('x'.repeat(121))).toEqual({
			ok: false,
			message: 'The assignment’s name is too long (at most 120 characters).'
		});
		expect(rename('x'.repeat(120)).ok).toBe(true);
		expect(rename('Week\u202E3')).toEqual({
			ok: false,
			message: 'The assignment’s name has characters that cannot be shown.'
		});
	});

	it('is optional when assigning (the page then gives the default), with the same bounds', () => {
		expect(assign({})).toMatchObject({ ok: true, value: { name: null, zone: null } });
		expect(assign({ name: '  ' })).toMatchObject({ ok: true, value: { name: null } });
		expect(assign({ name: ' Group B ' })).toMatchObject({ ok: true, value: { name: 'Group B' } });
		expect(assign({ name: 'x'.repeat(121) })).toEqual({
			ok: false,
			message: 'The assignment’s name is too long (at most 120 characters).'
		});
	});

	it('takes the browser’s time zone when it is one this server knows', () => {
		expect(assign({ zone: 'Europe/Berlin' })).toMatchObject({
			ok: true,
			value: {
				zone: 'Europe/Berlin'
			}
		});
		expect(assign({ zone: 'Mars/Olympus' })).toEqual({
			ok: false,
			message: 'Your device named a time zone this server does not know.'
		});
	});
});
