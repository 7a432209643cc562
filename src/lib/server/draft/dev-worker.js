// The drafter's worker thread where the drafter is still TypeScript: under `vite dev`, Vitest, and the commands
// that scripts/vite-run.js runs. Node cannot load worker.ts (nor resolve `$lib`) on its own, so this thread
// starts a Vite of its own, as vite-run.js does, and loads the entry through it. The built server never uses
// this file: there worker.ts is JavaScript and is started directly (in-worker.ts).
import { workerData } from 'node:worker_threads';
import { createServer } from 'vite';

const server = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	appType: 'custom',
	logLevel: 'error'
});
await server.ssrLoadModule(workerData.entry);
