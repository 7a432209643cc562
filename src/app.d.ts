// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface PageData {
			/** Where the skip link leads, when a page has a better place than its top: the question, say. */
			skip?: { href: string; to: 'question' };
		}
		interface Locals {
			/** The signed-in teacher, or null; learners never have an account. */
			teacher: { id: string; name: string; email: string } | null;
			/**
			 * On an assignment's pages (/a/[code]/…): the assignment and the learner on this device, looked up
			 * once per request on first call (src/lib/server/learner-locals.ts). Elsewhere it throws.
			 */
			learner: () => Promise<import('$lib/server/learner-locals').LearnerLookup>;
		}
	}
}

export {};
