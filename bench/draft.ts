/**
 * `npm run bench:draft`: the drafter on the shipped modules (quizzes/), against
 * their hand-written keys (issue #12, §3): attribution statements covered and
 * right in speaker and mode, loaded phrases covered within the top candidates
 * with the right owner, disputed claims found with the right asserters; words
 * per second; the time to draft each module; quote F1 and speaker accuracy on
 * held-out reports (bench/draft-heldout); and resident memory with the
 * drafter loaded against without, each in a process of its own. Reads only the
 * repository's files. Run through Vite (scripts/vite-run.js) for `$lib`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadContent } from '$lib/server/content';
import { draftModule } from '$lib/server/draft/draft';
import { modelLoaded } from '$lib/server/draft/nlp';
import { LOADED_TOP, scoreDraft } from '$lib/server/draft/score';
import { kindOf } from '$lib/kinds/registry';
import { scoreHeldOut } from './draft-heldout/heldout';

const RUNS = 5;
const MEMORY_PAIRS = 3;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function filesOf(moduleId: string, sources: string[]) {
	return sources.map((id) => ({ id, raw: readFileSync(`quizzes/${moduleId}/documents/${id}.txt`, 'utf8') }));
}

/** In a child process: load the content, draft the first module or not, and print the resident set size. */
function memoryChild(draft: boolean): number {
	const [module] = loadContent().modules;
	const files = filesOf(
		module.id,
		module.sources.map((s) => s.id)
	);
	if (draft) draftModule(files);
	// Garbage from loading (Vite's above all) is collected first, or the figures differ by hundreds of MB run to run.
	(globalThis as { gc?: () => void }).gc?.();
	const { rss, heapUsed, external } = process.memoryUsage();
	console.log(JSON.stringify({ rss, held: heapUsed + external, model: modelLoaded() }));
	return 0;
}

interface Memory {
	rss: number;
	/** JavaScript heap in use plus memory held outside it (buffers), after collection. */
	held: number;
	model: boolean;
}

function memoryOf(mode: 'with' | 'without'): Memory {
	// Vite may find its dependency cache rebuilt under it by another Vite process sharing node_modules ("There is a
	// new version of the pre-bundle"): the child then fails before measuring anything, and is run again.
	for (let attempt = 1; ; attempt++) {
		try {
			const out = execFileSync(
				process.execPath,
				['--expose-gc', 'scripts/vite-run.js', 'bench/draft.ts', `--memory=${mode}`],
				{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
			);
			return JSON.parse(out.trim().split('\n').at(-1)!);
		} catch (error) {
			if (attempt >= 3) throw error;
		}
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function main(argv: string[]): number {
	const memory = argv.find((a) => a.startsWith('--memory='));
	if (memory) return memoryChild(memory === '--memory=with');

	const { modules, problems } = loadContent();
	if (problems.length) {
		console.error(problems.join('\n'));
		return 1;
	}
	for (const module of modules) {
		const files = filesOf(
			module.id,
			module.sources.map((s) => s.id)
		);
		let started = performance.now();
		const draft = draftModule(files);
		const first = performance.now() - started;
		const times: number[] = [];
		for (let n = 0; n < RUNS; n++) {
			started = performance.now();
			draftModule(files);
			times.push(performance.now() - started);
		}
		const warm = median(times);
		const words = draft.documents.reduce((n, d) => n + d.words, 0);
		const f = scoreDraft(module, draft);
		console.log(
			`Module ${module.id}: ${draft.documents.map((d) => `${d.id} ${d.words}`).join(', ')} words (${words} in all)`
		);
		console.log(
			`Drafted: ${draft.items.length} items, ${draft.speakers.length} speakers (${draft.speakers.map((s) => s.id).join(', ')})`
		);
		console.log(f.lines.join('\n'));
		console.log(
			`Attribution: ${f.attribution.covered} of ${f.attribution.key} key statements covered, ${f.attribution.speakerAndMode} with the right speaker and mode (goal 7 and 6 of 8)`
		);
		console.log(
			`Loaded wording: ${f.loaded.covered} of ${f.loaded.key} key phrases covered within the top ${LOADED_TOP} (${f.loaded.considered} drafted), ${f.loaded.ownerRight} with the right owner (goal 16 and 15 of 17)`
		);
		const proposed = draft.items.filter((item) => kindOf(item).skill === 'word-choice').length;
		console.log(
			`Loaded candidates proposed: ${proposed} for ${words} words, ${((proposed / words) * 1000).toFixed(1)} per 1,000 words`
		);
		console.log(
			`Disputed claims: ${f.disputed.found} of ${f.disputed.key} found, ${f.disputed.assertersRight} with the right asserters (goal 5 of 6)`
		);
		if (f.disputed.inexpressible.length)
			console.log(
				`  Read on the asserters the JSON format can name (speaker ids; the key's ${f.disputed.inexpressible.join(', ')} left out): ${f.disputed.assertersRightExpressible} of ${f.disputed.key} right (✓*: right only in this reading)`
			);
		console.log(
			`Time: ${first.toFixed(0)} ms for the first draft (loading the model included), median of ${RUNS} more ${warm.toFixed(0)} ms: ` +
				`${((warm / words) * 1000).toFixed(0)} ms per 1,000 words, ${Math.round(words / (warm / 1000)).toLocaleString('en')} words/s (goal ≤ 500 ms per 1,000 words)`
		);
	}
	const h = scoreHeldOut();
	const precision = h.matched / h.drafted;
	const recall = h.matched / h.annotated;
	console.log(h.lines.join('\n'));
	console.log(
		`Held-out reports (bench/draft-heldout, a drafted statement matching an annotated one when they overlap by at least half of the shorter, one to one): ` +
			`quote precision ${precision.toFixed(2)} (${h.matched} of ${h.drafted} drafted), recall ${recall.toFixed(2)} (${h.matched} of ${h.annotated} annotated), ` +
			`F1 ${((2 * precision * recall) / (precision + recall)).toFixed(2)} (bar ≈ 0.84); ` +
			`speaker accuracy ${(h.speakerRight / h.matched).toFixed(2)} (${h.speakerRight} of ${h.matched} matched; bar ≈ 0.87)`
	);
	// Pairs of processes, alternately: RSS moves by tens of MB from one start of Vite to the next, so medians are given.
	const pairs = Array.from({ length: MEMORY_PAIRS }, () => ({ without: memoryOf('without'), with: memoryOf('with') }));
	const rss = median(pairs.map((p) => p.with.rss - p.without.rss));
	const held = median(pairs.map((p) => p.with.held - p.without.held));
	console.log(
		`Memory, ${MEMORY_PAIRS} pairs of processes (each loads the content through Vite; one drafts the first module, one does not; after a full garbage collection):`
	);
	for (const p of pairs) {
		console.log(
			`  RSS without ${mb(p.without.rss)}, with ${mb(p.with.rss)}; heap and buffers without ${mb(p.without.held)}, with ${mb(p.with.held)}; model loaded ${p.without.model}/${p.with.model}`
		);
	}
	console.log(`  median difference: RSS ${mb(rss)}, heap and buffers ${mb(held)} (goal ≤ 60 MB)`);
	return 0;
}
