import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/*
 * Browser tests run against the production build on its own port and its own
 * throw-away database. Debian's Chromium is used where it is installed (as on
 * CI, where Playwright cannot download a browser), Playwright's own elsewhere.
 */
// PW_PORT runs a second copy of the suite beside one already on 4173 (another worktree, say).
const PORT = Number(process.env.PW_PORT ?? 4173);
const chromium = '/usr/bin/chromium';

/*
 * The test server's SQLite file. It is put in the environment once, by the
 * runner, so that the workers (which inherit the runner's environment and load
 * this file again) name the same file: tests that read the database directly
 * open it read-only from E2E_DATABASE_PATH.
 */
process.env.E2E_DATABASE_PATH ||= `${process.env.TMPDIR ?? '/tmp'}/media-literacy-quiz-e2e-${Date.now()}.sqlite`;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	globalSetup: './tests/global-setup.ts',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: existsSync(chromium) ? { executablePath: chromium, args: ['--no-sandbox'] } : {},
		trace: 'retain-on-failure'
	},
	webServer: {
		// As the README's `npm start`; ORIGIN below makes scripts/serve.js adapter-node's own server.
		command: `npm start`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		env: {
			// The build serves the small test module of tests/modules/ beside quizzes/ (vite.config.ts).
			QUIZ_FIXTURES: 'on',
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			DATABASE_PATH: process.env.E2E_DATABASE_PATH,
			// Every test signs up teachers of its own, all from 127.0.0.1: far more than a school's 5 an hour.
			// The limits themselves are tested on servers of their own (tests/security.test.ts).
			RATE_LIMITS: 'signupAddress=100000,signupServer=100000'
		}
	}
});
