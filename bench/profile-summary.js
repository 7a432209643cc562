// `node bench/profile-summary.js <file.cpuprofile> [--last=10] [--by=function|file] [--total] [--top=40]`:
// a V8 CPU profile (BENCH_CPU_PROF, `--save-alone`) summed up by function or by file, over its last seconds
// (by default the 10 s that `--save-alone` measures), so that two profiles can be set side by side as text.
//
// Each sample counts once, whatever the time to the next one: on a loaded machine the server's thread waits
// for the CPU between samples, and weighing a sample by that wait would charge it to whatever ran just before.
// `--total`: the samples a function is anywhere on the stack of (counted once per sample), not only on top.
import { readFileSync } from 'node:fs';

const [file, ...args] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/profile-summary.js <file.cpuprofile> [--last=10] [--by=file] [--total]');
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lastSeconds = Number(option('last', '10'));
const byFile = option('by', 'function') === 'file';
const total = args.includes('--total');
const top = Number(option('top', '40'));

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @type {{ nodes: ProfileNode[], startTime: number, endTime: number, samples: number[], timeDeltas: number[] }}
 */
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
/** @type {Map<number, number>} */
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

/** The built file's name without its hash, or the package under node_modules. @param {string} url */
const shortUrl = (url) =>
	url
		.replace(/^file:\/\//, '')
		.replace(/.*\/node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
		.replace(/.*\/build\//, 'build/')
		.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
/** @param {ProfileNode} node */
const keyOf = ({ callFrame: { functionName, url, lineNumber } }) => {
	if (byFile) return url ? shortUrl(url) : functionName;
	return `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
};

let time = profile.startTime;
const from = profile.endTime - lastSeconds * 1e6;
/** @type {Map<string, number>} */
const self = new Map();
/** @type {Map<string, number>} */
const onStack = new Map();
let counted = 0;
profile.samples.forEach((id, i) => {
	time += profile.timeDeltas[i];
	if (time < from) return;
	counted++;
	const top = keyOf(/** @type {ProfileNode} */ (nodes.get(id)));
	self.set(top, (self.get(top) ?? 0) + 1);
	const seen = new Set();
	for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parents.get(at)) {
		const key = keyOf(/** @type {ProfileNode} */ (nodes.get(at)));
		if (seen.has(key)) continue;
		seen.add(key);
		onStack.set(key, (onStack.get(key) ?? 0) + 1);
	}
});

console.log(
	`${counted} samples in the last ${lastSeconds} s of ${file}; ${total ? 'on the stack' : 'on top'}, by ${byFile ? 'file' : 'function'}`
);
console.log('share    on top  name');
const rows = [...(total ? onStack : self)].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [key, n] of rows) {
	const share = `${((100 * n) / counted).toFixed(1)} %`.padStart(7);
	const own = `${((100 * (self.get(key) ?? 0)) / counted).toFixed(1)} %`.padStart(7);
	console.log(`${share}  ${own}  ${key}`);
}
