import { text } from './text';
import { answerer, type Answerer } from '../answerer';
import type { SourceComparisonDetail } from './types';

/**
 * The plain sentence the feedback opens with (at most 25 words): how many
 * statements were placed right, and the lesson of this kind. Apart from the
 * view so that the words are unit-tested.
 */
export function opening(detail: SourceComparisonDetail, by: Answerer = answerer()): string {
	const right = detail.filter((d) => d.correct).length;
	if (detail.length > 0 && right === detail.length) return text().allRight(by);
	return text().someRight(by, right, detail.length);
}
