import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { modules } from '$lib/server/content';
import { db } from '$lib/server/db';

/* Fail at start, not in front of a learner: a broken module or database stops the server here. */
export const init: ServerInit = async () => {
	modules();
	await db();
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
