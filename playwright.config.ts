import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/*
 * Browser tests run against the production build on its own port and its own
 * throw-away database. Debian's Chromium is used where it is installed (as on
 * CI, where Playwright cannot download a browser), Playwright's own elsewhere.
 */
// PW_PORT runs a second copy of the suite beside one already on 4173 (another worktree, say).
const PORT = Number(process.env.PW_PORT ?? 4173);
/*
 * Practice of a module pauses while an assignment that holds its key back is open anywhere on the server
 * (README, “Practice and graded work”), and the classroom tests keep assigning the one module. So the
 * practice tests get a server of their own, from the same build, where nobody assigns anything that pauses
 * it: the "practice" project (whole files named below, and tests tagged @practice).
 */
const PRACTICE_PORT = Number(process.env.PW_PRACTICE_PORT ?? PORT + 100);
const PRACTICE_TESTS = /(learner-flow|a11y|budget)\.test\.ts|@practice/;
/*
 * Debian's Chromium where it is installed, as on CI, where Playwright cannot download a browser: its old headless
 * shell (package chromium-headless-shell, what Playwright itself runs headless tests in) when there, else the
 * full browser in headless mode, a fifth slower here (three heavy files under load: 319 s against 261 s).
 */
const chromium = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
// Every test signs up teachers of its own, all from 127.0.0.1: far more than a school's 5 an hour.
// The limits themselves are tested on servers of their own (tests/security.test.ts).
const RATE_LIMITS = 'signupAddress=100000,signupServer=100000';
// Idle connections kept two minutes, not 5 s, for the tests' own HTTP clients (tests/own-server.ts says why).
const KEEP_ALIVE_TIMEOUT = '120';

/*
 * The test server's SQLite file. It is put in the environment once, by the
 * runner, so that the workers (which inherit the runner's environment and load
 * this file again) name the same file: tests that read the database directly
 * open it read-only from E2E_DATABASE_PATH.
 */
process.env.E2E_DATABASE_PATH ||= `${process.env.TMPDIR ?? '/tmp'}/media-literacy-quiz-e2e-${Date.now()}.sqlite`;
process.env.E2E_PRACTICE_DATABASE_PATH ||= process.env.E2E_DATABASE_PATH.replace(/\.sqlite$/, '-practice.sqlite');

export default defineConfig({
	// The browser flows, and each kind's own browser tests beside its code (src/lib/kinds/<kind>/*.browser.ts).
	testDir: '.',
	testMatch: ['tests/**/*.test.ts', 'src/lib/kinds/**/*.browser.ts'],
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	// Twice Playwright's default: in a clean CI run the slowest tests without a limit of their own took 17-19 s of
	// the default 30 s, too close on a busy machine. test.slow() makes it 180 s.
	timeout: 60_000,
	// On CI also each test's duration in test-results/report.json, to find what makes the suite slow.
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/report.json' }]] : 'line',
	globalSetup: './tests/global-setup.ts',
	projects: [
		{ name: 'app', grepInvert: PRACTICE_TESTS, use: { baseURL: `http://127.0.0.1:${PORT}` } },
		{ name: 'practice', grep: PRACTICE_TESTS, use: { baseURL: `http://127.0.0.1:${PRACTICE_PORT}` } }
	],
	use: {
		browserName: 'chromium',
		launchOptions: chromium ? { executablePath: chromium, args: ['--no-sandbox'] } : {},
		/*
		 * No trace: recording one costs every test its DOM snapshots and screencast, even when it is thrown away
		 * after a pass. Measured here on three of the heaviest files: 157 s with traces kept on failure, 141 s
		 * without their screenshots, 117 s without traces. For a failure, run its file again with
		 * `--trace=retain-on-failure` and open the trace with `npx playwright show-trace`.
		 */
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	// One after the other: the practice server starts from the build the first one made.
	webServer: [
		{
			/*
			 * The production server, as `npm start` runs it, from a build with the test modules: `npm test` makes it
			 * beside the unit tests, and this reuses it while it is newer than the sources. ORIGIN below makes
			 * scripts/serve.js adapter-node's own server. tests/first-run.test.ts runs `npm start` itself.
			 */
			command: `node scripts/build-if-stale.js --fixtures && node scripts/serve.js`,
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
				RATE_LIMITS,
				KEEP_ALIVE_TIMEOUT
			}
		},
		{
			command: `node scripts/serve.js`,
			url: `http://127.0.0.1:${PRACTICE_PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
			env: {
				PORT: String(PRACTICE_PORT),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${PRACTICE_PORT}`,
				DATABASE_PATH: process.env.E2E_PRACTICE_DATABASE_PATH,
				RATE_LIMITS,
				KEEP_ALIVE_TIMEOUT
			}
		}
	]
});
