import { describe, expect, it } from 'vitest';
import { createQueue, HASHES_AT_ONCE, PasswordQueueFull } from './password-queue';

/** A job that finishes when told to, and says when it started. */
function job() {
	let finish!: () => void;
	const done = new Promise<void>((resolve) => (finish = resolve));
	const state = { started: false };
	const work = async () => {
		state.started = true;
		await done;
		return 'hashed';
	};
	return { state, work, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the password queue', () => {
	it('runs one hash at a time by default', () => {
		expect(HASHES_AT_ONCE).toBe(1);
	});

	it('runs at most `atOnce` jobs; the others wait their turn, in order', async () => {
		const queue = createQueue(2, 10);
		const jobs = Array.from({ length: 5 }, job);
		const results = jobs.map((j) => queue.run(j.work));
		await tick();
		expect(jobs.map((j) => j.state.started)).toEqual([true, true, false, false, false]);
		expect([queue.running, queue.waiting]).toEqual([2, 3]);
		jobs[1].finish();
		await tick();
		expect(jobs.map((j) => j.state.started)).toEqual([true, true, true, false, false]);
		expect(queue.running).toBe(2);
		for (const j of jobs) j.finish();
		expect(await Promise.all(results)).toEqual(Array(5).fill('hashed'));
		expect([queue.running, queue.waiting]).toEqual([0, 0]);
	});

	it('turns a job away at once when the line is full, and takes jobs again once it moves', async () => {
		const queue = createQueue(1, 2);
		const jobs = Array.from({ length: 3 }, job);
		const results = jobs.map((j) => queue.run(j.work));
		await expect(queue.run(async () => 'late')).rejects.toBeInstanceOf(PasswordQueueFull);
		jobs[0].finish();
		await results[0];
		const after = queue.run(async () => 'after');
		for (const j of jobs) j.finish();
		expect(await Promise.all([...results, after])).toEqual(['hashed', 'hashed', 'hashed', 'after']);
	});

	it('a job that fails hands its turn on', async () => {
		const queue = createQueue(1, 5);
		const failing = queue.run(async () => {
			throw new Error('boom');
		});
		const next = queue.run(async () => 'next');
		await expect(failing).rejects.toThrow('boom');
		expect(await next).toBe('next');
		expect([queue.running, queue.waiting]).toEqual([0, 0]);
	});
});
