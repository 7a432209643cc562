// `npm run bench:lighthouse`: Lighthouse's performance and accessibility
// scores of the learner's quiz page. Builds the app, serves it on 127.0.0.1
// with a fresh database, starts a practice attempt through the module page's
// form, and audits one item page of each kind with that attempt's cookie, in
// Debian's Chromium (headless). Everything stays on this machine: the page
// loads nothing from elsewhere, and Chromium's own background traffic
// (updates, sync, field trials) is switched off.
//
// Lighthouse is not a dependency: it brings about 170 packages into every
// install for this one rarely run command. Install it for the run with
// `npm install --no-save lighthouse@^12.8.2` (the next `npm ci` or `npm install` removes it again).
import { existsSync } from 'node:fs';
import { buildApp, startApp } from './app-server.js';
import { FormClient, MODULE_ID } from './client.js';
import { freshDatabase } from './database.js';
import { normalizedModules } from './vite.js';

/** The Lighthouse this command was written and measured with (bench/RESULTS.md). */
const LIGHTHOUSE = 'lighthouse@^12.8.2';

/**
 * The part of Lighthouse's result this command reads (its full type comes
 * with the package, which a type check cannot count on).
 * @typedef {{ numericValue?: number, score: number | null, title: string, details?: unknown }} LighthouseAudit
 * @typedef {object} LighthouseResult
 * @property {{ message: string }} [runtimeError]
 * @property {string} finalDisplayedUrl
 * @property {Record<string, LighthouseAudit>} audits
 * @property {{ performance: { score: number | null }, accessibility: { score: number | null, auditRefs: Array<{ id: string, weight: number }> } }} categories
 * @property {{ benchmarkIndex: number }} environment
 * @typedef {(url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult } | undefined>} Lighthouse
 * @typedef {(options: { chromePath: string, chromeFlags: string[], logLevel: string }) => Promise<{ port: number, kill(): void }>} LaunchChrome
 */

/**
 * Lighthouse and its Chrome launcher, or a message that says how to install them.
 * The names are in variables so that the type check does not look for the packages.
 * @returns {Promise<{ lighthouse: Lighthouse, launch: LaunchChrome }>}
 */
async function loadLighthouse() {
	const packages = { lighthouse: 'lighthouse', launcher: 'chrome-launcher' };
	try {
		const lighthouse = (await import(packages.lighthouse)).default;
		const { launch } = await import(packages.launcher);
		return { lighthouse, launch };
	} catch (error) {
		const code = /** @type {{ code?: string }} */ (error).code;
		if (code !== 'ERR_MODULE_NOT_FOUND') throw error;
		console.error(
			'bench:lighthouse: Lighthouse is not installed (it is left out of the dependencies: ~170 packages).\n' +
				'Install it for this run, then run the command again:\n\n' +
				`  npm install --no-save ${LIGHTHOUSE}\n` +
				'  npm run bench:lighthouse\n'
		);
		process.exit(1);
	}
}

const { lighthouse, launch } = await loadLighthouse();
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * @typedef {{ label: string, path: string, performance: number, accessibility: number, fcp: number, lcp: number, tbt: number, cls: number, benchmarkIndex: number, failing: string[] }} Audit
 */

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
buildApp();
const module = normalizedModules().find((m) => m.id === MODULE_ID);
if (!module) throw new Error(`module ${MODULE_ID} not found`);
const database = await freshDatabase();
const server = await startApp(database.env);

try {
	const learner = new FormClient(server.base);
	await learner.post(`/modules/${MODULE_ID}?/start`, {});
	const kinds = [...new Set(module.items.map((item) => item.kind))];
	const pages = kinds.map((kind) => {
		const n = module.items.findIndex((item) => item.kind === kind) + 1;
		return { label: `item ${n} (${kind})`, path: `/modules/${MODULE_ID}/items/${n}` };
	});
	const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
	/** @type {Audit[]} */
	const audits = [];
	try {
		for (const page of pages) audits.push(await audit(chrome.port, page, learner.cookie));
	} finally {
		chrome.kill();
	}
	report(audits);
} finally {
	await server.stop();
	await database.drop();
}

/**
 * Audits one page with Lighthouse's default settings (a mid-range phone,
 * simulated slow 4G and a 4× slower CPU), with the learner's cookie on every request.
 * @param {number} port Chromium's debugging port
 * @param {{ label: string, path: string }} page
 * @param {string} cookie
 * @returns {Promise<Audit>}
 */
async function audit(port, page, cookie) {
	const result = await lighthouse(`${server.base}${page.path}`, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility'],
		extraHeaders: { Cookie: cookie }
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
	// The page must be the question itself: without the cookie it would redirect to the module page.
	const final = new URL(lhr.finalDisplayedUrl).pathname;
	if (final !== page.path) throw new Error(`${page.path} ended at ${final}`);
	const elsewhere = requestedUrls(lhr).filter((url) => !url.startsWith(`${server.base}/`) && !url.startsWith('data:'));
	if (elsewhere.length) throw new Error(`${page.path} requested other hosts: ${elsewhere.join(', ')}`);
	const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
	const accessibility = lhr.categories.accessibility;
	return {
		...page,
		performance: lhr.categories.performance.score ?? NaN,
		accessibility: accessibility.score ?? NaN,
		fcp: value('first-contentful-paint'),
		lcp: value('largest-contentful-paint'),
		tbt: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		benchmarkIndex: lhr.environment.benchmarkIndex,
		// Which accessibility checks failed, so that a score below 100 says why.
		failing: accessibility.auditRefs
			.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
			.map((ref) => lhr.audits[ref.id].title)
	};
}

/**
 * Every URL the page requested, from Lighthouse's own network log.
 * @param {LighthouseResult} lhr
 * @returns {string[]}
 */
function requestedUrls(lhr) {
	const details = /** @type {{ items?: Array<{ url?: unknown }> } | undefined} */ (
		lhr.audits['network-requests']?.details
	);
	if (!details?.items?.length) throw new Error('Lighthouse recorded no network requests');
	return details.items.map((item) => String(item.url));
}

/** @param {Audit[]} audits */
function report(audits) {
	console.log(`\nLighthouse, learner's quiz page (practice attempt cookie), ${FLAGS.join(' ')}`);
	console.log(
		'Default settings: mobile, simulated throttling (slow 4G, 4× CPU slowdown). Every request went to the app itself.\n'
	);
	const header = [
		'page'.padEnd(28),
		'performance',
		'accessibility',
		'  FCP ms',
		'  LCP ms',
		'TBT ms',
		'   CLS',
		'benchmarkIndex'
	];
	console.log(header.join('  '));
	for (const a of audits) {
		console.log(
			[
				a.label.padEnd(28),
				String(Math.round(a.performance * 100)).padStart(11),
				String(Math.round(a.accessibility * 100)).padStart(13),
				a.fcp.toFixed(0).padStart(8),
				a.lcp.toFixed(0).padStart(8),
				a.tbt.toFixed(0).padStart(6),
				a.cls.toFixed(3).padStart(6),
				a.benchmarkIndex.toFixed(0).padStart(14)
			].join('  ')
		);
		for (const title of a.failing) console.log(`    accessibility check failed: ${title}`);
	}
}
