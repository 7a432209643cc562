/*
 * /health, probed by load balancers: `ok` when the database answers a trivial
 * query in time, 503 otherwise, so that a server whose database hangs or is
 * gone is taken out rather than sent requests that will wait and fail. The
 * answer is a few words, with nothing from the error (which may name hosts
 * or users). /health/live answers without the database: the process is up.
 */

/** How long /health waits for the database; a `select 1` takes well under a millisecond. */
export const HEALTH_TIMEOUT_MS = 2_000;

const text = (body: string, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** `ok` if `ping` resolves within the time, else 503 with a short reason. */
export async function healthResponse(ping: () => Promise<unknown>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Response> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
	try {
		const outcome = await Promise.race([ping().then(() => 'ok' as const), late]);
		if (outcome === 'ok') return text('ok');
		console.error(`/health: the database did not answer within ${timeoutMs} ms`);
		return text('database not answering', 503);
	} catch (error) {
		console.error('/health: the database failed:', error instanceof Error ? error.message : String(error));
		return text('database unavailable', 503);
	} finally {
		clearTimeout(timer);
	}
}

/** The process is up and routing requests; the database is not asked. */
export const liveResponse = () => text('ok');
