import { customAlphabet } from 'nanoid';

/*
 * Join and resume codes are read aloud and copied from a projector, so they
 * use no characters that look or sound like others: no 0/O/Q/D, 1/I/L, 2/Z,
 * 5/S, 8/B, U/V, G/6.
 */
export const CODE_ALPHABET = 'ACEFHJKMNPRTWXY34679';

const joinCode = customAlphabet(CODE_ALPHABET, 6);
const resumeCode = customAlphabet(CODE_ALPHABET, 8);

export const newJoinCode = () => joinCode();
export const newResumeCode = () => resumeCode();

/** "kmx 479", "KMX-479" and "kmx479" all mean KMX479. */
export function normalizeCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** Shown in groups of three or four, easier to read out. */
export function formatCode(code: string): string {
	return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : `${code.slice(0, 3)}-${code.slice(3)}`;
}

export const isCode = (code: string, length: 6 | 8) =>
	code.length === length && [...code].every((ch) => CODE_ALPHABET.includes(ch));
