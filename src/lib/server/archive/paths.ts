/*
 * A path inside an archive or an uploaded folder is only ever a name to look up, never written to disk; still,
 * anything that could climb out of a folder or name another disk is refused, so that an archive this app
 * accepts is also safe for a person to unpack.
 */

/** Why a path is refused, or null. */
export function pathProblem(path: string): string | null {
	const shown = JSON.stringify(path);
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	if (/[\u0000-\u001f\u007f]/.test(path)) return `${shown}: a file name with control characters.`;
	if (path.includes('\\')) return `${shown}: a path with a backslash; paths inside a .zip use "/".`;
	if (path.startsWith('/')) return `${shown}: an absolute path; a module's files lie inside its folder.`;
	if (/^[A-Za-z]:/.test(path)) return `${shown}: a path with a drive letter; a module's files lie inside its folder.`;
	const segments = path.replace(/\/$/, '').split('/');
	if (segments.includes('..')) return `${shown}: a path that leaves its folder ("..").`;
	if (segments.some((s) => s === '' || s === '.')) return `${shown}: a path with an empty or "." part.`;
	return null;
}
