/*
 * Serves the production build (build/): `npm start` after building, and `npm run serve`.
 *
 * Behind a proxy, with ORIGIN (or adapter-node's PROTOCOL_HEADER) set, this is
 * adapter-node's own server, build/index.js, unchanged; so it is with a socket
 * (SOCKET_PATH, or systemd's LISTEN_PID), which only a proxy talks to.
 *
 * Without them adapter-node cannot tell the protocol and takes every request for
 * https://. SvelteKit then saw the browser's form posts from http://localhost:3000
 * as coming from another site ("403 Cross-site POST form submissions are
 * forbidden"), and the join link and QR code said https://. Served directly, with
 * no proxy in front, the app is plain HTTP at whatever address a request names:
 * localhost, 127.0.0.1, or the machine's address on the school's network, where
 * learners' devices reach it. So adapter-node is told the protocol through a
 * header of our own, which is set to `http` on every request (whatever a client
 * sent in it is overwritten, so no client can claim https). The host comes from
 * the request as before, and SvelteKit's check of a form post's origin stays on.
 *
 * Served directly, the app's own responses are compressed here (scripts/compressing.js, the `compression` package);
 * behind a proxy, that is the proxy's work (README, "Compression").
 */
import http from 'node:http';
import { networkInterfaces } from 'node:os';
import process from 'node:process';
import { compressing } from './compressing.js';
import { withoutValidatorsWhenImmutable } from './immutable.js';

/** The header that carries the protocol to adapter-node. Never trusted from a client: every request's is overwritten. */
const OWN_PROTOCOL_HEADER = 'x-quiz-protocol';

const say = (url) => console.log(`Media-literacy quiz: open ${url} (teachers sign up at ${url}/signup)`);

// Empty is unset, as in the app (adapter-node would refuse an empty ORIGIN as an invalid URL).
for (const name of ['ORIGIN', 'PROTOCOL_HEADER']) if (process.env[name] === '') delete process.env[name];

const { ORIGIN, PROTOCOL_HEADER, SOCKET_PATH, LISTEN_PID } = process.env;
if (ORIGIN || PROTOCOL_HEADER || SOCKET_PATH || LISTEN_PID) await behindProxy();
else await direct();

/** adapter-node's own server, with every option it reads (PORT, HOST, SOCKET_PATH, the timeouts, …). */
async function behindProxy() {
	const { server } = await import('../build/index.js');
	const announce = () => {
		if (ORIGIN) say(new URL(ORIGIN.trim()).origin);
		else console.log("Media-literacy quiz: open it at your proxy's address");
	};
	// polka's http.Server: listening already, or about to be.
	if (server.server.listening) announce();
	else server.server.once('listening', announce);
}

/** Plain HTTP at the request's own host, on PORT (3000) and HOST (all addresses), as adapter-node listens. */
async function direct() {
	process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
	// Read by adapter-node when its handler loads; loading it also starts the app (modules checked, database migrated).
	const { handler } = await import('../build/handler.js');
	// The app's own responses compressed (scripts/compressing.js): adapter-node sends only its built files compressed.
	// The built files marked immutable go without the validators no browser uses on them (scripts/immutable.js).
	const handle = compressing(withoutValidatorsWhenImmutable(handler));

	const host = process.env.HOST || '0.0.0.0';
	const port = Number(process.env.PORT || 3000);
	const seconds = (name, fallback) => Number(process.env[name] || fallback);

	const server = http.createServer((req, res) => {
		req.headers[OWN_PROTOCOL_HEADER] = 'http';
		handle(req, res, () => {
			res.statusCode = 404;
			res.end('Not Found');
		});
	});
	if (process.env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT') * 1000;
	if (process.env.HEADERS_TIMEOUT) server.headersTimeout = seconds('HEADERS_TIMEOUT') * 1000;

	server.once('error', (error) => {
		console.error(`Media-literacy quiz: cannot listen on ${host}:${port}: ${error.message}`);
		process.exit(1);
	});
	server.listen({ host, port }, () => {
		const address = server.address();
		const shown = (h) => (h.includes(':') ? `[${h}]` : h);
		const everywhere = host === '0.0.0.0' || host === '::';
		const local = everywhere || ['127.0.0.1', '::1', 'localhost'].includes(host);
		say(`http://${local ? 'localhost' : shown(host)}:${address.port}`);
		if (everywhere) {
			const lan = Object.values(networkInterfaces())
				.flat()
				.filter((a) => a && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
				.map((a) => `http://${a.address}:${address.port}`);
			if (lan.length) {
				console.log(
					`Learners' devices on this network reach it at ${lan.join(' or ')}: ` +
						'open it there to assign, so that the join link and QR code point there too.'
				);
			}
		}
	});

	// Graceful shutdown, as adapter-node's: stop accepting, let requests in flight finish (SHUTDOWN_TIMEOUT, 30 s).
	let stopping;
	server.on('request', (req) => req.on('close', () => stopping && server.closeIdleConnections()));
	const shutdown = (reason) => {
		if (stopping) return;
		server.closeIdleConnections();
		server.close((error) => {
			if (error) return;
			clearTimeout(stopping);
			process.emit('sveltekit:shutdown', reason);
		});
		stopping = setTimeout(() => server.closeAllConnections(), seconds('SHUTDOWN_TIMEOUT', 30) * 1000);
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
