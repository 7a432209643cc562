import { redirect } from '@sveltejs/kit';
import { scoreBySkill } from '$lib/quiz/progress';
import { currentAttempt, moduleOr404, responsesOf } from '$lib/server/practice';
import { skillOf } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const module = moduleOr404(params.module);
	const attempt = await currentAttempt(cookies, module.id);
	if (!attempt) redirect(303, `/modules/${module.id}`);

	const responses = await responsesOf(attempt);
	const items = module.items.map((item) => ({ id: item.id, skill: skillOf(item) }));
	const done = responses.length === module.items.length;
	return {
		skills: scoreBySkill(items, responses),
		total: {
			score: responses.reduce((n, r) => n + r.score, 0),
			max: responses.reduce((n, r) => n + r.max, 0)
		},
		scores: Object.fromEntries(responses.map((r) => [r.itemId, { score: r.score, max: r.max }])),
		done,
		// The debrief discusses the answers, so it waits until every item is answered.
		debrief: done ? module.prose.debrief : null
	};
};
