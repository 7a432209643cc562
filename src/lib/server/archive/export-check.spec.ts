import { expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { findModule } from '$lib/server/content';
import { normalize } from '$lib/modules/normalize';
import { exportModule } from './export';
import { fileModuleSource } from './file-module';

/*
 * The promise of an export: unpacked into quizzes/, it passes `npm run quizzes:check`, the type check of its
 * key.ts included. Proved on a copy of the project whose quizzes/ holds only the two exported modules (the
 * shipped one, the test module, and the test module with awkward prose), with the real command; its --json
 * output is the modules' own.
 */

const run = promisify(execFile);
const ids = ['putin-press-conference-2021', 'library-closure'];
const AWKWARD = 'awkward-prose';

it('exported modules unpacked into quizzes/ pass npm run quizzes:check', { timeout: 300_000 }, async () => {
	const copy = mkdtempSync(join(tmpdir(), 'export-check-'));
	try {
		for (const file of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'])
			cpSync(file, join(copy, file));
		for (const file of ['scripts/vite-run.js', 'scripts/check-quizzes.ts', 'quizzes/tsconfig.json']) {
			cpSync(file, join(copy, file), { recursive: true });
		}
		cpSync('src', join(copy, 'src'), { recursive: true });
		symlinkSync(realpathSync('node_modules'), join(copy, 'node_modules'));
		const fixture = (await fileModuleSource('library-closure'))!;
		// A teacher's Markdown may hold what mdsvex would read as Svelte: braces, a "<" in the text.
		const awkward = {
			...fixture,
			id: AWKWARD,
			prose: {
				...fixture.prose,
				intro: `${fixture.prose.intro}\nIn {braces}, \`{code}\`, a < b, <https://example.org> and {@html x}.\n`
			}
		};
		const sources = [...(await Promise.all(ids.map(fileModuleSource))), awkward];
		for (const source of sources) {
			for (const [path, bytes] of Object.entries(unzipSync(exportModule(source!)))) {
				mkdirSync(join(copy, 'quizzes', path, '..'), { recursive: true });
				writeFileSync(join(copy, 'quizzes', path), bytes);
			}
		}
		// The copy's own build settings: no test modules (this process runs under Vitest, which turns them on).
		const env = Object.fromEntries(
			Object.entries(process.env).filter(([name]) => !/^(VITEST|QUIZ_FIXTURES)/.test(name))
		);
		const { stdout, stderr } = await run('npm', ['run', '-s', 'quizzes:check', '--', '--json'], {
			cwd: copy,
			env,
			maxBuffer: 64 * 1024 * 1024
		});
		expect(stderr).toContain('✓ 3 module(s)');
		const printed = JSON.parse(stdout) as Array<{ id: string }>;
		expect(printed.map((m) => m.id).sort()).toEqual([...ids, AWKWARD].sort());
		for (const id of ids) expect(printed.find((m) => m.id === id)).toEqual(normalize(findModule(id)!));
		expect(printed.find((m) => m.id === AWKWARD)).toEqual({
			...normalize(findModule('library-closure')!),
			id: AWKWARD
		});
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});
