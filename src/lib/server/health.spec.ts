import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { describeStores } from './data/test-db';
import { healthResponse, liveResponse } from './health';

const plainNoStore = (response: Response) => {
	expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
	expect(response.headers.get('cache-control')).toBe('no-store');
};

describe('/health', () => {
	it('is ok when the database answers', async () => {
		const response = await healthResponse(async () => 1);
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('ok');
		plainNoStore(response);
	});

	it('is 503 with a short reason, and nothing of the error, when the database fails', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = new Error('password authentication failed for user "quiz" at db-host');
		const response = await healthResponse(() => Promise.reject(failure));
		expect(response.status).toBe(503);
		const body = await response.text();
		expect(body).toBe('database unavailable');
		expect(body).not.toMatch(/quiz|db-host|password/);
		plainNoStore(response);
		expect(logged).toHaveBeenCalled();
		logged.mockRestore();
	});

	it('is 503 when the database does not answer in time, without waiting for it', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const started = Date.now();
		const response = await healthResponse(() => new Promise(() => {}), 50);
		expect(response.status).toBe(503);
		expect(await response.text()).toBe('database not answering');
		expect(Date.now() - started).toBeLessThan(1_000);
		plainNoStore(response);
		// An answer that comes after the verdict changes nothing, and is no unhandled rejection.
		const late = await healthResponse(() => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 80)), 20);
		expect(late.status).toBe(503);
		await new Promise((resolve) => setTimeout(resolve, 100));
		logged.mockRestore();
	});

	it('/health/live is ok without asking anything', async () => {
		const response = liveResponse();
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('ok');
		plainNoStore(response);
	});
});

describeStores('/health on a real database', (store) => {
	it('is ok with the select it sends', async () => {
		const response = await healthResponse(() => sql`select 1`.execute(store().db));
		expect(response.status).toBe(200);
	});
});
