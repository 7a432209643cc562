import { text } from './text';
import { answerer, type Answerer } from '../answerer';
import type { Grade } from '../kind';
import { parts, type ChoiceResult, type DisputedClaimDetail } from './types';

/*
 * What the feedback says of each box, and the plain sentence it opens with:
 * apart from the view so that the words are unit-tested.
 */

/** right: ticked and in the key; wrong: ticked, not in the key; missed: in the key, not ticked; left: neither. */
export type BoxState = 'right' | 'wrong' | 'missed' | 'left';

export const boxState = (choice: Pick<ChoiceResult, 'chosen' | 'key'>): BoxState =>
	choice.chosen ? (choice.key ? 'right' : 'wrong') : choice.key ? 'missed' : 'left';

/** One sentence of at most 25 words: how many boxes were right, and what each wrong one cost. */
export function opening(grade: Grade<DisputedClaimDetail>, by: Answerer = answerer()): string {
	if (!grade.valid) return text().unreadable;
	const boxes = parts.flatMap((part) => grade.detail[part].choices);
	const wrong = boxes.filter((box) => box.points < 0).length;
	if (wrong === 0) return text().allRight(by);
	return text().someRight(by, boxes.length - wrong, boxes.length);
}
