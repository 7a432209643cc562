import { sql } from 'kysely';
import { db } from '$lib/server/db/app';
import { healthResponse } from '$lib/server/health';
import type { RequestHandler } from './$types';

/*
 * What a load balancer should probe: `ok` when the database answers a
 * `select 1` within two seconds, 503 when it fails or hangs (health.ts).
 * /health/live is the same without the database.
 */
export const GET: RequestHandler = () => healthResponse(async () => sql`select 1`.execute(await db()));
