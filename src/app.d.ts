// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in teacher, or null; learners never have an account. */
			teacher: { id: string; name: string; email: string } | null;
		}
	}
}

export {};
