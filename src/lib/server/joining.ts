import { m } from '$lib/paraglide/messages';
import { isCode } from '$lib/teaching/codes';
import { nameKey } from '$lib/teaching/names';
import { availability } from '$lib/teaching/types';
import { findAssignmentByCode } from './data/classes';
import { joinAssignment, rejoinAssignment } from './data/learners';
import { createAttempt } from './data/attempts';
import { minutes, takeAll } from './rate-limit';
import type { services } from './services';

type Services = Awaited<ReturnType<typeof services>>;

export interface JoinRequest {
	code: string;
	name: string;
	/** The resume code of a learner coming back on another device, if given. */
	resume?: string;
	/** The client's address, which the limits count by. */
	address: string;
	/** This device's id, from its cookie, if it has joined before. */
	device: string | null;
}

export type Joined =
	| { ok: true; assignment: { id: string; code: string }; token: string; rejoined: boolean }
	| { ok: false; status: 400 | 409 | 429; message: string; needResume?: boolean };

/*
 * A class joins from one school address, so one pupil's typos must not stop
 * the rest: the code is looked up first, and a valid one goes through however
 * many wrong codes came from the address; only wrong codes count against it
 * (and past a much higher bound, every code from it is refused: guessing
 * stays bounded). Wrong resume codes count per address and assignment, and
 * per learner's name. Joins themselves count per address and assignment, and
 * an assignment takes a limited number of learners, so that a leaked code
 * cannot flood a class.
 */
export async function join({ store, limits, rosterCap }: Services, request: JoinRequest): Promise<Joined> {
	const { code, name, resume, address, device } = request;
	const tooManyWrong = (wait: number): Joined => ({
		ok: false,
		status: 429,
		message: m.srv_wrong_codes({ wait: minutes(wait) })
	});
	// Every lookup takes a point of the hard bound first (atomically, so that requests at once cannot all
	// slip past it); a code that turns out valid gives it back.
	const guessing = await limits.wrongCodeHard.take(address);
	if (guessing) return tooManyWrong(guessing);
	const assignment = isCode(code, 6) ? await findAssignmentByCode(store.db, code) : undefined;
	if (!assignment) {
		const wait = await limits.wrongCode.take(address);
		if (wait) return tooManyWrong(wait);
		return { ok: false, status: 400, message: m.srv_no_code() };
	}
	await limits.wrongCodeHard.giveBack(address);

	if (resume) {
		const taken = await takeAll([
			{ name: 'address', limiter: limits.wrongResume, key: `${address}:${assignment.id}` },
			{ name: 'name', limiter: limits.wrongResumeName, key: `${assignment.id}:${nameKey(name)}` }
		]);
		if (!taken.ok) {
			return {
				ok: false,
				status: 429,
				needResume: true,
				message: (taken.refused === 'name' ? m.srv_wrong_resume_name : m.srv_wrong_resume_here)({
					wait: minutes(taken.wait)
				})
			};
		}
		const back = await rejoinAssignment(store.db, assignment.id, name, resume);
		if (!back) {
			return {
				ok: false,
				status: 400,
				needResume: true,
				message: m.srv_resume_mismatch()
			};
		}
		await taken.giveBack();
		return { ok: true, assignment, token: back.token, rejoined: true };
	}

	const state = availability(assignment);
	if (state !== 'open') {
		const message = state === 'closed' ? m.srv_closed() : m.srv_not_open();
		return { ok: false, status: 400, message };
	}
	// Successes count here: a class is well under the limit, a script adding names is not.
	const wait = await limits.joins.take(`${address}:${assignment.id}`);
	if (wait) {
		return {
			ok: false,
			status: 429,
			message: m.srv_too_many_joins({ wait: minutes(wait) })
		};
	}
	const joined = await joinAssignment(store.db, assignment.id, name, { cap: rosterCap, deviceId: device });
	if (!joined.ok) {
		await limits.joins.giveBack(`${address}:${assignment.id}`);
		if (joined.reason === 'full') {
			return {
				ok: false,
				status: 409,
				message: rosterCap === 1 ? m.srv_full_one() : m.srv_full({ cap: rosterCap })
			};
		}
		return {
			ok: false,
			status: 400,
			needResume: true,
			message: m.srv_name_taken()
		};
	}
	await createAttempt(store.db, assignment.moduleId, { id: joined.learner.id, number: 1 });
	return { ok: true, assignment, token: joined.token, rejoined: false };
}
