import { expect, test } from './fixtures';

/*
 * /health is what a load balancer probes: it answers `ok` only when the
 * database answers too. /health/live answers without the database: the
 * benchmark's empty request, and a liveness check for a process manager.
 */

test('/health answers ok when the database does, /health/live without it; both short, plain and never stored', async ({
	request
}) => {
	for (const path of ['/health', '/health/live']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(await response.text(), path).toBe('ok');
		expect(response.headers()['content-type'], path).toMatch(/^text\/plain/);
		expect(response.headers()['cache-control'], path).toMatch(/no-store/);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});
