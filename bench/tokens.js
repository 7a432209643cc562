// The device tokens of the learners `npm run bench` seeds. The seeder stores
// their hashes and the load generator sends them as cookies, so both derive
// them the same way from one secret drawn per run, and no list of thousands
// of tokens has to travel between the two processes.

/**
 * @param {string} secret drawn once per run
 * @param {string} group which seeded group of learners ('results', 'open')
 * @param {number} index the learner's number in the group
 */
export const learnerToken = (secret, group, index) => `${secret}-${group}-${index}`;

/** The cookie the app reads a learner's token from (src/lib/server/classroom.ts). */
export const learnerCookie = (/** @type {string} */ assignmentId, /** @type {string} */ token) =>
	`learner-${assignmentId}=${token}`;
