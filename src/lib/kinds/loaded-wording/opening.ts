import { answerer, type Answerer } from '../answerer';
import type { LoadedWordingDetail } from './types';

/*
 * The feedback's first sentence: what was found, and the one thing to notice,
 * in plain words a 14-year-old reads at a glance (25 words at most; the details
 * follow below it).
 */

type Counted = Pick<LoadedWordingDetail, 'found' | 'voiceRight' | 'extras'>;

const quoted = (text: string) => `“${text}”`;

/** "the loaded phrase", "both loaded phrases", "all 3 loaded phrases". */
function allOf(n: number): string {
	if (n === 1) return 'the loaded phrase';
	return n === 2 ? 'both loaded phrases' : `all ${n} loaded phrases`;
}

/** The marked words that cost, named when one short run, else counted. */
function costly(extras: Counted['extras'], by: Answerer): { text: string; one: boolean } | null {
	const wrong = extras.filter((e) => e.defensible === null);
	const words = wrong.reduce((n, e) => n + e.words, 0);
	if (!words) return null;
	if (wrong.length === 1 && wrong[0].text.split(/\s+/).length <= 3) return { text: quoted(wrong[0].text), one: true };
	return { text: `${words} of the words ${by.they} marked`, one: words === 1 };
}

export function opening(detail: Counted, by: Answerer = answerer()): string {
	const n = detail.found.length;
	const found = detail.found.filter(Boolean).length;
	const voices = detail.voiceRight.filter(Boolean).length;
	const wrong = costly(detail.extras, by);
	const fair = detail.extras.filter((e) => e.defensible !== null);

	if (found === 0) {
		return n === 1
			? `${by.They} did not find the loaded phrase: it is shown below, with whose words it is.`
			: `${by.They} found none of the ${n} loaded phrases: they are shown below, with whose words they are.`;
	}
	if (found < n) {
		const missed = n - found;
		return `${by.They} found ${found} of ${n} loaded phrases; look below for the ${missed === 1 ? 'one' : missed} ${by.they} missed.`;
	}
	if (voices < n) {
		return n === 1
			? `${by.They} found the loaded phrase, but look again at whose words it is.`
			: `${by.They} found ${allOf(n)}, but look again at whose words they are: ${by.they} had ${voices} of ${n} right.`;
	}
	const they = n === 1 ? 'it is' : 'they are';
	if (wrong) {
		return `${by.They} found ${allOf(n)} and whose words ${they}, but ${wrong.text} ${wrong.one ? 'is' : 'are'} not loaded: see why below.`;
	}
	if (fair.length) {
		const also = fair.length === 1 ? quoted(fair[0].text) : `${by.their} other marks`;
		return `${by.They} found ${allOf(n)} and whose words ${they}; ${also} ${fair.length === 1 ? 'was a fair mark' : 'were fair marks'} too, and cost nothing.`;
	}
	return `${by.They} found ${allOf(n)} and said rightly whose words ${they}.`;
}
