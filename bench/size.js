// `npm run bench:size`: builds the app, serves it on 127.0.0.1 with a fresh
// database, walks a learner through the first module in Chromium and prints
// the gzip bytes of JavaScript and CSS each page actually loads.
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { budget, weigh } from './page-weight.js';

const PORT = 4180;
const base = `http://127.0.0.1:${PORT}`;

execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const server = spawn('node', ['build'], {
	env: {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: base,
		DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'quiz-bench-')), 'bench.sqlite')
	},
	stdio: 'inherit'
});

try {
	await waitFor(base);
	const browser = await chromium.launch(
		existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {}
	);
	// A new context per page: each is weighed as a first visit, with nothing cached.
	const fresh = async (/** @type {string} */ path, /** @type {boolean} */ start = false) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		if (start) {
			await page.goto(`${base}/modules/putin-press-conference-2021`);
			await page.getByRole('button', { name: 'Start' }).click();
			await page.waitForURL(/items\/1/);
		}
		const result = await weigh(page, () => page.goto(`${base}${path}`));
		await context.close();
		return result;
	};
	const rows = [
		await fresh('/'),
		await fresh('/modules/putin-press-conference-2021'),
		await fresh('/modules/putin-press-conference-2021/items/1', true),
		await fresh('/modules/putin-press-conference-2021/summary', true)
	];
	await browser.close();

	const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
	console.log('\nPage weight (first visit, gzip -9 of every script and stylesheet the browser requested)\n');
	console.log(['page'.padEnd(46), 'requests', 'JS files', 'JS gzip', 'CSS gzip'].join('  '));
	for (const r of rows) {
		console.log(
			[r.url.padEnd(46), String(r.requests).padStart(8), String(r.js.files).padStart(8), kb(r.js.gzip).padStart(7), kb(r.css.gzip).padStart(8)].join('  ')
		);
	}
	const quiz = rows[2];
	console.log(
		`\nLearner's quiz page: JS ${kb(quiz.js.gzip)} of ${kb(budget.js)} budget, CSS ${kb(quiz.css.gzip)} of ${kb(budget.css)} budget`
	);
} finally {
	server.kill();
}

/** @param {string} url */
async function waitFor(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}
