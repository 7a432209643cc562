import { m } from '$lib/paraglide/messages';

/*
 * Whose a module is, as the lists a teacher picks from say it: an imported copy of a module and the module
 * itself share a title, and a teacher's own copy, a colleague's and the one built into the server must not
 * look the same.
 */

export interface ModuleOrigin {
	/** An authored module's newest version; null for a file module (quizzes/, built into the server). */
	version: number | null;
	/** Whether the teacher who looks wrote it. */
	own: boolean;
	/** The name of the teacher who wrote it; null for a file module or an account that is gone. */
	ownerName: string | null;
}

/** "built in", "yours, version 2", "by Ms Rivera, version 1". */
export function moduleOrigin({ version, own, ownerName }: ModuleOrigin): string {
	if (version === null) return m.t_origin_built_in();
	const whose = own ? m.t_origin_yours() : ownerName ? m.t_origin_by({ name: ownerName }) : m.t_origin_other();
	return m.t_origin_version({ whose, version });
}
