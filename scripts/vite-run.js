// Runs a TypeScript entry point through Vite's SSR loader, so that it sees
// `$lib`, `import.meta.glob` and `.svx` exactly as the app does.
// Usage: node scripts/vite-run.js <entry.ts> [args…]; the entry exports main(argv).
import { createServer } from 'vite';

const [entry, ...args] = process.argv.slice(2);
const server = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
let code = 1;
try {
	const mod = await server.ssrLoadModule(entry);
	code = await mod.main(args.filter((a) => a !== '--'));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
} finally {
	await server.close();
}
// exitCode, not exit(): a large --json output to a pipe is still being written when main returns, and
// process.exit() would cut it off (at 64 KiB or so). The process ends once the output is flushed.
process.exitCode = code;
