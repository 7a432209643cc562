import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';

/**
 * Writes the normalized modules (with their keys) to tests/.generated/, so the
 * answer-leak test knows every explanation and annotation to look for.
 */
export default function globalSetup() {
	const json = execFileSync('node', ['scripts/vite-run.js', 'scripts/check-quizzes.ts', '--json'], {
		encoding: 'utf8',
		// The test module of tests/modules/ too, as the tests' build serves it.
		env: { ...process.env, QUIZ_FIXTURES: 'on' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	mkdirSync('tests/.generated', { recursive: true });
	writeFileSync('tests/.generated/modules.json', json);
}
