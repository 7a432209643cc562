import { answerFirstOfKind, expect, feedback, test, type Module } from '../../../../tests/fixtures';

/*
 * This kind's feedback, part by part, in the browser: who asserts, who
 * disputes, which report says so; in each part every box that was ticked or
 * is in the key, said right, wrong or missed in words, with what it cost.
 */

const parts = ['asserters', 'disputers', 'reportedIn'] as const;
type Part = (typeof parts)[number];
type Sets = Record<Part, string[]>;
type Key = Sets & { choices: string[]; sources: string[] };

/** The rule as the README says it, written out again: a part is worth one per key answer (one for none). */
function expected(key: Key, given: Sets, part: Part) {
	const offered = part === 'reportedIn' ? key.sources : key.choices;
	const boxes = offered.map((id) => ({ id, chosen: given[part].includes(id), key: key[part].includes(id) }));
	const max = Math.max(1, key[part].length);
	const wrong = boxes.filter((box) => box.chosen !== box.key).length;
	return { boxes, max, score: Math.max(0, max - wrong), wrong };
}

const reportName = (quiz: Module, id: string) =>
	`Report ${String.fromCharCode(65 + quiz.sources.findIndex((s) => s.id === id))}`;
const nameOf = (quiz: Module, part: Part, id: string) =>
	part === 'reportedIn'
		? reportName(quiz, id)
		: id.startsWith('outlet:')
			? `The outlet of ${reportName(quiz, id.slice('outlet:'.length))} (the report’s own voice)`
			: quiz.speakers[id].name;

/** A box as the feedback lists it: its icon (hidden from screen readers, who hear the words), name, state and cost. */
const said = (box: { chosen: boolean; key: boolean }) =>
	box.chosen
		? box.key
			? ['✓', 'ticked, right']
			: ['✗', 'ticked, but not the answer, −1 point']
		: ['○', 'missed: the answer, but not ticked, −1 point'];

// The partial answer gets some parts right; the wrong one ticks every box it should not, the outlet among them.
for (const variant of ['partial', 'wrong'] as const) {
	// @practice: on the practice server, where no assignment pauses the module's practice.
	test(
		`the feedback says, box by box, what of a ${variant} answer was right and what each mistake cost`,
		{ tag: '@practice' },
		async ({ page, quiz }) => {
			const { item, answer } = await answerFirstOfKind(page, quiz, 'disputed-claim', variant);
			const key = item.key as unknown as Key;
			const given = answer.answer as Sets;
			const results = parts.map((part) => expected(key, given, part));
			const boxes = results.flatMap((r) => r.boxes);
			const wrong = results.reduce((sum, r) => sum + r.wrong, 0);
			expect(wrong, 'the sample gets something wrong').toBeGreaterThan(0);
			if (variant === 'wrong') expect(given.asserters.some((id) => id.startsWith('outlet:'))).toBe(true);

			const shown = feedback(page);
			await expect(shown.locator('p.opening')).toHaveText(
				`You got ${boxes.length - wrong} of ${boxes.length} boxes right; each wrong tick, and each tick you missed, costs its part one point.`
			);
			await expect(shown.locator('dl.parts dt .part-score')).toHaveText(
				results.map((r) => `${r.score} of ${r.max} ${r.max === 1 ? 'point' : 'points'}`)
			);
			await expect(shown.locator('dl.parts dd > .verdict')).toHaveText(
				results.map((r) => (r.score === r.max ? /Right/ : /Not quite/))
			);
			for (const [n, part] of parts.entries()) {
				const listed = results[n].boxes.filter((box) => box.chosen || box.key);
				await expect(shown.locator('dl.parts dd').nth(n).locator('ul.boxes > li'), part).toHaveText(
					listed.map((box) => {
						const [icon, words] = said(box);
						return `${icon} ${nameOf(quiz, part, box.id)}: ${words}`;
					})
				);
			}
			await expect(shown.locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
			expect(results.reduce((sum, r) => sum + r.score, 0)).toBe(answer.score);
		}
	);
}
