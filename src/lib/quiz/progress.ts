import { skills, type Skill } from './types';

export interface Scored {
	itemId: string;
	score: number;
	max: number;
}

export interface SkillScore {
	skill: Skill;
	label: string;
	score: number;
	max: number;
	answered: number;
	items: number;
}

/** Score per skill over the items answered so far, in the order skills are listed. */
export function scoreBySkill(
	items: ReadonlyArray<{ id: string; skill: Skill }>,
	responses: readonly Scored[]
): SkillScore[] {
	const byItem = new Map(responses.map((r) => [r.itemId, r]));
	return (Object.keys(skills) as Skill[])
		.map((skill) => {
			const own = items.filter((item) => item.skill === skill);
			const answered = own.map((item) => byItem.get(item.id)).filter((r) => r !== undefined);
			return {
				skill,
				label: skills[skill],
				score: answered.reduce((n, r) => n + r.score, 0),
				max: answered.reduce((n, r) => n + r.max, 0),
				answered: answered.length,
				items: own.length
			};
		})
		.filter((s) => s.items > 0);
}
