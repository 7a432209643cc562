import { liveResponse } from '$lib/server/health';
import type { RequestHandler } from './$types';

/*
 * A liveness check for a process manager, and the benchmark's baseline: the
 * cheapest request that still passes through the same server, hooks (the
 * session lookup) and router as every page, with no database query and
 * nothing rendered. `npm run bench` reports the cost of saving an answer as
 * a multiple of this.
 */
export const GET: RequestHandler = () => liveResponse();
