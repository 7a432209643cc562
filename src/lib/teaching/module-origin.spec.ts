import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { moduleOrigin } from './module-origin';

describe('whose a module is', () => {
	afterEach(restoreLocale);

	it('tells a built-in module, the teacher’s own copy and a colleague’s apart, in both languages', () => {
		const colleague = { version: 2, own: false, ownerName: 'Ms Rivera' };
		expect(moduleOrigin({ version: null, own: false, ownerName: null })).toBe('built in');
		expect(moduleOrigin({ version: 1, own: true, ownerName: 'Mr Okafor' })).toBe('yours, version 1');
		expect(moduleOrigin(colleague)).toBe('by Ms Rivera, version 2');
		expect(moduleOrigin({ ...colleague, ownerName: null })).toBe('by another teacher, version 2');
		useLocale('de');
		expect(moduleOrigin({ version: null, own: false, ownerName: null })).toBe('mitgeliefert');
		expect(moduleOrigin({ version: 1, own: true, ownerName: 'Mr Okafor' })).toBe('Ihr eigenes, Version 1');
		expect(moduleOrigin(colleague)).toBe('von Ms Rivera, Version 2');
	});
});
