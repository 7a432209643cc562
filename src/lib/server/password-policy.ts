import { m } from '$lib/paraglide/messages';

/*
 * What a teacher's new password must be: long (12 characters or more; a few
 * words make a good one), and none of the passwords that guessers try first.
 * A small, honest check, not a strength meter: it refuses the commonest
 * passwords and their usual variants (capitals, digits or symbols added at the
 * end, letters written as digits), one character repeated, short patterns
 * repeated, runs along the keyboard or the alphabet or the digits, and the
 * teacher's own name or e-mail address. A library with a large list and
 * pattern matching (zxcvbn-ts) or a breached-password check would catch more.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Stated once for the form and for every message, in the request's language. */
export const passwordRule = (): string => m.t_password_rule({ min: MIN_PASSWORD_LENGTH });

/**
 * The commonest passwords and the words they are built on (from the public
 * lists of leaked passwords), lower case. Only their "bases" matter here:
 * the check strips what people add around them.
 */
const COMMON = new Set(
	(
		'password passw0rd pass passwd qwerty qwertz azerty iloveyou letmein welcome admin administrator monkey dragon ' +
		'football baseball basketball soccer hockey sunshine princess shadow master superman batman michael jennifer ' +
		'jordan hunter ranger buster thomas tigger charlie robert daniel starwars whatever trustno1 freedom secret ' +
		'computer internet login access hello hellohello loveme lovely love iloveu mustang harley maggie ginger ' +
		'cookie chocolate flower summer winter spring autumn pokemon minecraft fortnite liverpool chelsea arsenal ' +
		'barcelona realmadrid juventus google facebook youtube samsung apple microsoft changeme default guest ' +
		'test tester testing user username teacher student school classroom class college university ' +
		'readthenews readthenewsclosely medialiteracy news quiz abc abcabc abcdef asdf asdfgh zxcvbn ' +
		'1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx 1qaz2wsx3edc zaq12wsx qazwsx qazwsxedc qweasd qweasdzxc ' +
		'q1w2e3r4 q1w2e3r4t5 a1b2c3 a1b2c3d4 aa12345678 qwerty123 password123 iloveyou123 ' +
		'hallo passwort schatz geheim motdepasse soleil bonjour contrasena contraseña amore tesoro ciao'
	).split(' ')
);

/** Runs people type as "sequences": the alphabet, the digits, and the rows of common keyboards. */
const SEQUENCES = [
	'abcdefghijklmnopqrstuvwxyz',
	'0123456789',
	'qwertyuiopasdfghjklzxcvbnm',
	'qwertzuiopasdfghjklyxcvbnm',
	'azertyuiopqsdfghjklmwxcvbn',
	'1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
	'1q2w3e4r5t6y7u8i9o0p'
];

const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'!': 'i'
};

/** Whether every step from one character to the next moves one place along a sequence (either way, wrapping). */
function isSequence(text: string): boolean {
	if (text.length < 3) return true;
	return SEQUENCES.some((seq) =>
		[1, -1].some((step) =>
			[...text].every((ch, i) => {
				if (i === 0) return seq.includes(ch);
				const at = seq.indexOf(text[i - 1]);
				return at >= 0 && seq[(at + step + seq.length) % seq.length] === ch;
			})
		)
	);
}

/** The shortest unit the text repeats, or the text itself: "abcabcabc" → "abc". */
function repeatedUnit(text: string): string {
	for (let size = 1; size <= text.length / 2; size++) {
		if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
	}
	return text;
}

/** Without what people add before and after a word: digits, symbols. */
const strip = (text: string) => text.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
const unleet = (text: string) => [...text].map((ch) => LEET[ch] ?? ch).join('');

/** What is left of a password once case, spaces, what people add around a word and letters written as digits are undone. */
function bases(password: string): string[] {
	const squashed = password
		.toLowerCase()
		.normalize('NFKC')
		.replace(/[\s_.-]+/g, '');
	return [
		...new Set([squashed, strip(squashed), unleet(strip(squashed)), strip(unleet(squashed))].map(repeatedUnit))
	].filter(Boolean);
}

export interface PasswordContext {
	email?: string;
	name?: string;
}

/** Why a new password is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) {
		return m.t_pw_too_short({ min: MIN_PASSWORD_LENGTH });
	}
	if (length > MAX_PASSWORD_LENGTH) return m.t_pw_too_long({ max: MAX_PASSWORD_LENGTH });
	// Control characters cannot be typed reliably on every device (and NUL is cut off by some systems).
	if (/\p{Cc}/u.test(password)) return m.t_pw_control();
	if (password.trim() === '') return m.t_pw_spaces();

	const squashed = password.toLowerCase().replace(/\s+/g, '');
	if (new Set(squashed).size < 4) return m.t_pw_few_chars();
	const unit = repeatedUnit(squashed);
	if (unit.length < 6 && unit !== squashed) return m.t_pw_pattern();
	if (isSequence(unit)) {
		return m.t_pw_run();
	}
	const own = [context.email, context.email?.split('@')[0], context.name]
		.filter((s): s is string => !!s && s.trim().length >= 3)
		.map((s) => s.toLowerCase().replace(/[\s_.-]+/g, ''));
	for (const base of bases(password)) {
		if (COMMON.has(base) || (base.length >= 3 && isSequence(base))) {
			return m.t_pw_common();
		}
		if (own.some((word) => base === word || base === repeatedUnit(word))) {
			return m.t_pw_own();
		}
	}
	return null;
}
