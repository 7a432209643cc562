import { m } from '$lib/paraglide/messages';
import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import {
	clearLearnerCookie,
	currentLearner,
	LEARNER_HOURS,
	learnerOrJoin,
	startNextAttempt,
	takeWelcome
} from '$lib/server/classroom';
import { formatCode } from '$lib/teaching/codes';
import { finishAttempt, listResponses } from '$lib/server/data/attempts';
import { closedMessage } from '$lib/server/flow';
import { readForm } from '$lib/server/forms';
import { parseForm, submitForm } from '$lib/server/schemas';
import { serverZone } from '$lib/server/teacher';
import { unansweredCount } from '$lib/quiz/progress';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
	const store = await db();
	const session = await learnerOrJoin(locals, cookies);
	const { scope, attempts, assignment } = session;
	const responses = await listResponses(store, scope.attempt.id);
	return {
		intro: scope.module.prose.intro,
		/** The server renders times in its zone; the browser then shows them in the learner's (LocalTime). */
		zone: serverZone(),
		answeredIds: responses.map((r) => r.itemId),
		attempt: { number: scope.attempt.number, submitted: scope.attempt.finishedAt !== null },
		attemptsLeft: assignment.attemptsAllowed - attempts.length,
		/** Feedback says right or wrong only, while another attempt may follow. */
		moreAttempts: scope.moreAttempts,
		accepting: scope.accepting,
		/** Right after joining: the resume code, once, and how long this device keeps the place. */
		welcome: takeWelcome(cookies, url, assignment.id)
			? { resumeCode: formatCode(session.learner.resumeCode), hours: LEARNER_HOURS }
			: null
	};
};

export const actions: Actions = {
	/** “Not you? Leave this device”: forgets the learner here and goes to the join page; their answers stay. */
	leave: async ({ locals, cookies, url }) => {
		const { assignment } = await locals.learner();
		clearLearnerCookie(cookies, url, assignment.id);
		redirect(303, `/join/${assignment.code}`);
	},

	/**
	 * Submitting twice is harmless: the first submission's time is kept. With
	 * questions unanswered it takes the ticked box the page offers (schemas.ts, submitForm).
	 */
	submit: async ({ locals, request }) => {
		const store = await db();
		const session = await currentLearner(locals);
		if (!session) return fail(400, { message: m.srv_join_first() });
		const { scope } = session;
		// Submitting twice is harmless while the assignment is open; once it has closed, nothing is taken.
		if (!scope.accepting && (scope.attempt.finishedAt === null || scope.closed)) {
			return fail(409, { message: closedMessage(scope) });
		}
		if (scope.attempt.finishedAt === null) {
			const form = await readForm(request);
			if (!form.ok) return fail(form.status, { message: form.message });
			const answered = (await listResponses(store, scope.attempt.id)).map((r) => r.itemId);
			const parsed = parseForm(submitForm(unansweredCount(scope.module.items, answered)), form.data);
			if (!parsed.ok) return fail(400, { message: parsed.message });
		}
		await finishAttempt(store, scope.attempt.id);
		redirect(303, `/a/${session.assignment.code}/summary`);
	},
	retry: async ({ locals }) => {
		const store = await db();
		const session = await currentLearner(locals);
		if (!session) return fail(400, { message: m.srv_join_first() });
		const refused = await startNextAttempt(store, session);
		if (refused) return fail(409, { message: refused });
		redirect(303, `/a/${session.assignment.code}/items/1`);
	}
};
