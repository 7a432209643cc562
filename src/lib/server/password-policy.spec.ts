import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { changePasswordForm, parseForm, signUpForm } from './schemas';

describe('the password policy', () => {
	it('accepts long passwords and passphrases that are none of the usual guesses', () => {
		for (const good of [
			'a long enough password',
			'correct horse battery staple',
			'Tr0ub4dor&3 xyzzy',
			'mi perro come naranjas',
			'8#kP2!x9Qz0@',
			'739184629105',
			'Zeitungsente 1987',
			'ilovemyclass9B',
			'ÉléphantRose42',
			'x'.repeat(3) + 'abcdefghq' + 'y'
		]) {
			expect(passwordProblem(good), good).toBeNull();
		}
	});

	it('refuses anything shorter than 12 characters, counting characters rather than bytes', () => {
		expect(MIN_PASSWORD_LENGTH).toBe(12);
		expect(passwordProblem('kP2!x9Qz0@w')).toMatch(/at least 12 characters/);
		expect(passwordProblem('😀😁😂🤣😃😄😅😆😉😊😋')).toMatch(/at least 12 characters/);
		expect(passwordProblem('😀😁😂🤣😃😄😅😆😉😊😋😎')).toBeNull();
		expect(passwordProblem('x'.repeat(129))).toMatch(/too long/);
	});

	it('refuses one character over and over, and short patterns repeated', () => {
		for (const bad of ['aaaaaaaaaaaa', '            ', '111111111111', 'abababababab', 'abcabcabcabc', 'a1b2a1b2a1b2', 'xyzzxyzzxyzz', 'aaaaaaaaaaaaaaaaB']) {
			expect(passwordProblem(bad), bad).not.toBeNull();
		}
	});

	it('refuses runs along the keyboard, the alphabet and the digits, either way', () => {
		for (const bad of [
			'123456789012',
			'1234567890123',
			'098765432109',
			'abcdefghijklm',
			'zyxwvutsrqpo',
			'qwertyuiopasdf',
			'QWERTYUIOPAS',
			'qwertzuiopas',
			'azertyuiopqs',
			'1qaz2wsx3edc4rfv',
			'1q2w3e4r5t6y'
		]) {
			expect(passwordProblem(bad), bad).not.toBeNull();
		}
	});

	it('refuses the commonest passwords with what people add to them: capitals, digits, symbols, digits for letters', () => {
		for (const bad of [
			'password1234',
			'Password123!',
			'PASSWORD2024',
			'p@ssw0rd2024',
			'P@ssw0rd!!!!',
			'passwordpassword',
			'iloveyou1234',
			'Summer2024!!',
			'qwerty123456',
			'letmein12345',
			'Welcome@2025',
			'football1234',
			'!!dragon2024!!',
			'123456password',
			'Passwort1234',
			'teacher12345',
			'readthenews2026'
		]) {
			expect(passwordProblem(bad), bad).toMatch(/first that guessers try|too easy/);
		}
	});

	it('refuses the person’s own name or e-mail address', () => {
		const me = { email: 'maria.lopez@school.example.org', name: 'Maria Lopez' };
		expect(passwordProblem('maria.lopez@school.example.org', me)).toMatch(/your name or your e-mail/);
		expect(passwordProblem('MariaLopez2024', me)).toMatch(/your name or your e-mail/);
		expect(passwordProblem('maria lopez!!', me)).toMatch(/your name or your e-mail/);
		expect(passwordProblem('maria lopez reads the news', me)).toBeNull();
	});

	it('refuses control characters, which cannot be typed on every device', () => {
		expect(passwordProblem('a long\u0000enough password')).toMatch(/cannot be typed/);
		expect(passwordProblem('a long\nenough password')).toMatch(/cannot be typed/);
	});
});

describe('the forms that set a password', () => {
	const form = (fields: Record<string, string>) => {
		const data = new FormData();
		for (const [k, value] of Object.entries(fields)) data.set(k, value);
		return data;
	};

	it('sign-up: refuses a weak password with the reason, and one that is the person’s name', () => {
		const weak = parseForm(signUpForm, form({ name: 'Ana', email: 'ana@example.org', password: 'password1234' }));
		expect(weak).toEqual({ ok: false, message: expect.stringMatching(/first that guessers try/) });
		const short = parseForm(signUpForm, form({ name: 'Ana', email: 'ana@example.org', password: 'short one' }));
		expect(short).toEqual({ ok: false, message: expect.stringMatching(/at least 12 characters/) });
		const own = parseForm(signUpForm, form({ name: 'Ana Lima Costa', email: 'ana@example.org', password: 'Ana Lima Costa 2024' }));
		expect(own).toEqual({ ok: false, message: expect.stringMatching(/your name or your e-mail/) });
		const fine = parseForm(signUpForm, form({ name: 'Ana', email: 'ana@example.org', password: 'a long enough password' }));
		expect(fine.ok).toBe(true);
	});

	it('password change: the new one twice, different from the current one, and good enough', () => {
		const schema = changePasswordForm({ name: 'Ana Lima', email: 'ana@example.org' });
		const parse = (fields: Record<string, string>) => parseForm(schema, form(fields));
		expect(parse({ currentPassword: 'old one', newPassword: 'a brand new passphrase', repeatPassword: 'a brand new passphrase' }).ok).toBe(true);
		expect(parse({ currentPassword: '', newPassword: 'a brand new passphrase', repeatPassword: 'a brand new passphrase' })).toEqual({
			ok: false,
			message: 'Your current password is missing.'
		});
		expect(parse({ currentPassword: 'old one', newPassword: 'a brand new passphrase', repeatPassword: 'a brand new passphrasе' })).toEqual({
			ok: false,
			message: expect.stringMatching(/not the same/)
		});
		expect(parse({ currentPassword: 'a brand new passphrase', newPassword: 'a brand new passphrase', repeatPassword: 'a brand new passphrase' })).toEqual({
			ok: false,
			message: expect.stringMatching(/same as the current one/)
		});
		expect(parse({ currentPassword: 'old one', newPassword: 'qwerty123456', repeatPassword: 'qwerty123456' })).toEqual({
			ok: false,
			message: expect.stringMatching(/first that guessers try/)
		});
		expect(parse({ currentPassword: 'old one', newPassword: 'ana@example.org', repeatPassword: 'ana@example.org' })).toEqual({
			ok: false,
			message: expect.stringMatching(/your name or your e-mail/)
		});
		expect(v.safeParse(schema, {}).success).toBe(false);
	});
});
