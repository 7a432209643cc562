import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { learnerOrJoin, learnerSession, startNextAttempt } from '$lib/server/classroom';
import { finishAttempt, listResponses } from '$lib/server/data/attempts';
import { closedMessage } from '$lib/server/flow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const store = await db();
	const session = await learnerOrJoin(store, cookies, params.code);
	const { scope, attempts, assignment } = session;
	const responses = await listResponses(store, scope.attempt.id);
	return {
		answeredIds: responses.map((r) => r.itemId),
		attempt: { number: scope.attempt.number, submitted: scope.attempt.finishedAt !== null },
		attemptsLeft: assignment.attemptsAllowed - attempts.length,
		accepting: scope.accepting
	};
};

export const actions: Actions = {
	/** Submitting twice is harmless: the first submission's time is kept. */
	submit: async ({ params, cookies }) => {
		const store = await db();
		const session = await learnerSession(store, cookies, params.code);
		if (!session) return fail(400, { message: 'Join the assignment first.' });
		if (!session.scope.accepting && session.scope.attempt.finishedAt === null) {
			return fail(409, { message: closedMessage(session.scope) });
		}
		await finishAttempt(store, session.scope.attempt.id);
		redirect(303, `/a/${session.assignment.code}/summary`);
	},
	retry: async ({ params, cookies }) => {
		const store = await db();
		const session = await learnerSession(store, cookies, params.code);
		if (!session) return fail(400, { message: 'Join the assignment first.' });
		const refused = await startNextAttempt(store, session);
		if (refused) return fail(409, { message: refused });
		redirect(303, `/a/${session.assignment.code}/items/1`);
	}
};
