/**
 * The production entry: `node server.js` after `npm run build` (what `npm start` runs). The
 * SvelteKit app (adapter-node's handler) answers every request, except that an anonymous GET of
 * a public page it has kept (src/lib/server/web/page-cache.ts, registered by hooks.server.ts) is
 * answered here first, from memory, without building a Request for SvelteKit: the same bytes and
 * headers, and only while the data has not changed. Environment as adapter-node's own entry:
 * PORT, HOST, SOCKET_PATH, SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT, HEADERS_TIMEOUT, plus its
 * ORIGIN, BODY_SIZE_LIMIT, ADDRESS_HEADER, XFF_DEPTH…
 */
import http from 'node:http';
import process from 'node:process';
import { handler } from './build/handler.js';

const socketPath = process.env.SOCKET_PATH;
const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 30);

const server = http.createServer((req, res) => {
	/** @type {((req: http.IncomingMessage) => { status: number; headers: Record<string, string>; body: Uint8Array | null } | null) | undefined} */
	const kept = globalThis.__suotdoiKeptAnswer;
	const answer = kept?.(req);
	if (answer) {
		res.writeHead(answer.status, answer.headers);
		res.end(answer.body);
		return;
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
if (process.env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT) * 1000;
if (process.env.HEADERS_TIMEOUT) server.headersTimeout = Number(process.env.HEADERS_TIMEOUT) * 1000;

server.listen(socketPath ? { path: socketPath } : { host, port }, () => {
	console.log(`Listening on ${socketPath ?? `http://${host}:${port}`}`);
});

let stopping = false;
/**
 * Stops taking requests, lets the running ones finish, then lets the app stop its own work (the
 * job running finishes, the database closes) and exits; after SHUTDOWN_TIMEOUT it exits anyway.
 */
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	const deadline = setTimeout(() => {
		server.closeAllConnections();
		process.exit(0);
	}, shutdownTimeout * 1000);
	deadline.unref();
	server.close(async () => {
		process.emit('sveltekit:shutdown', reason);
		/** @type {(() => Promise<void>) | undefined} */
		const stopApp = globalThis.__suotdoiStop;
		try {
			await stopApp?.();
		} catch (e) {
			console.error('stopping:', e);
		}
		process.exit(0);
	});
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
