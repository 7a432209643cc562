import { answerer, type Answerer } from '../answerer';
import { text } from './text';
import type { LoadedWordingDetail } from './types';

/*
 * The feedback's first sentence: what was found, and the one thing to notice,
 * in plain words a 14-year-old reads at a glance (25 words at most; the details
 * follow below it).
 */

type Counted = Pick<LoadedWordingDetail, 'found' | 'voiceRight' | 'extras'>;

/** The marked words that cost, named when one short run, else counted. */
function costly(extras: Counted['extras'], by: Answerer): { text: string; one: boolean } | null {
	const wrong = extras.filter((e) => e.defensible === null);
	const words = wrong.reduce((n, e) => n + e.words, 0);
	if (!words) return null;
	const t = text();
	if (wrong.length === 1 && wrong[0].text.split(/\s+/).length <= 3)
		return { text: t.costlyOne(wrong[0].text), one: true };
	return { text: t.costlyMany(by, words), one: words === 1 };
}

export function opening(detail: Counted, by: Answerer = answerer()): string {
	const n = detail.found.length;
	const found = detail.found.filter(Boolean).length;
	const voices = detail.voiceRight.filter(Boolean).length;
	const wrong = costly(detail.extras, by);
	const fair = detail.extras.filter((e) => e.defensible !== null);

	const t = text();
	const all = t.allOf(n);
	if (found === 0) return n === 1 ? t.noneFoundOne(by) : t.noneFound(by, n);
	if (found < n) return t.someFound(by, found, n, n - found);
	if (voices < n) return n === 1 ? t.voicesWrongOne(by) : t.voicesWrong(by, all, voices, n);
	if (wrong) return t.withWrong(by, all, n, wrong.text, wrong.one);
	if (fair.length)
		return t.withFair(
			by,
			all,
			n,
			fair.map((f) => f.text)
		);
	return t.allRight(by, all, n);
}
