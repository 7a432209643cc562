/** Largest form any learner or teacher page needs; bigger bodies are refused before parsing. */
export const MAX_FORM_BYTES = 64 * 1024;

export type ReadForm = { ok: true; data: FormData } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads a posted form. A body that is too large or not a form at all is the
 * sender's mistake: a 4xx with a message, never a 500.
 */
export async function readForm(request: Request): Promise<ReadForm> {
	if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
		return { ok: false, status: 413, message: 'That form is far too large.' };
	}
	const data = await request.formData().catch(() => null);
	if (!data) return { ok: false, status: 400, message: 'That request did not carry a form.' };
	return { ok: true, data };
}
