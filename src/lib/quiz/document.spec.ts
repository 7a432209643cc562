import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
describe('parseDocument, read again', () => {
	it('gives the same result for the same file, read once; another id or text is read anew', () => {
		const raw = '---\ntitle: T\noutlet: O\norigin: Made up.\nlanguage: English\n---\nOne line of text.\n';
		const first = parseDocument('a', raw);
		expect(parseDocument('a', raw)).toBe(first);
		expect(parseDocument('b', raw)).not.toBe(first);
		expect(parseDocument('b', raw)).toMatchObject({ ok: true, document: { id: 'b' } });
		expect(parseDocument('a', `${raw}More.\n`)).toMatchObject({
			ok: true,
			document: { body: 'One line of text.\nMore.\n' }
		});
	});
});
