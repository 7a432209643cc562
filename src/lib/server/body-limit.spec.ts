import { describe, expect, it } from 'vitest';
import { parseBodyLimit, sizeText } from './body-limit';

describe('the server’s body limit', () => {
	it('reads BODY_SIZE_LIMIT as adapter-node does', () => {
		expect(parseBodyLimit()).toBe(512 * 1024);
		expect(parseBodyLimit('512K')).toBe(512 * 1024);
		expect(parseBodyLimit('11M')).toBe(11 * 1024 * 1024);
		expect(parseBodyLimit('1g')).toBe(1024 ** 3);
		expect(parseBodyLimit('1000')).toBe(1000);
		expect(parseBodyLimit('Infinity')).toBe(Infinity);
		expect(parseBodyLimit('lots')).toBeNaN();
	});

	it('says a size as a teacher reads it', () => {
		expect(sizeText(512 * 1024)).toBe('512 KB');
		expect(sizeText(2 * 1024 * 1024)).toBe('2 MB');
		expect(sizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
	});
});
