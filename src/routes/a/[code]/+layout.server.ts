import { learnerOrJoin } from '$lib/server/classroom';
import { moduleView } from '$lib/server/items';
import { formatCode } from '$lib/teaching/codes';
import { availability } from '$lib/teaching/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const session = await learnerOrJoin(locals, cookies);
	const { assignment, learner } = session;
	return {
		module: moduleView(session.scope.module),
		assignment: {
			code: assignment.code,
			name: assignment.name,
			formattedCode: formatCode(assignment.code),
			review: assignment.review,
			opensAt: assignment.opensAt,
			closesAt: assignment.closesAt,
			state: availability(assignment)
		},
		// The name only: the resume code is shown after joining and on the summary, not on every page of a shared device.
		learner: { name: learner.displayName }
	};
};
