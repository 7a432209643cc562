import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';

describe('svelte.config.js', () => {
	// Every start of Vite writes the version's hash into .svelte-kit/generated; `npm test` starts Vite beside a build,
	// so every process must name the same version, or the build can mix two (svelte.config.js says how it broke).
	it('names the app version by the commit, the same in every process', () => {
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
		expect(config.kit?.version?.name).toBe(head);
	});
});
