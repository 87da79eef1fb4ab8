// The baseline: a bare node:http server answering fixed bytes per path — the body and the headers
// the app sent (security headers, CSP, Link…), so that both put the same bytes on the wire.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const routes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const table = new Map(routes.map((r) => [r.path, { body: Buffer.from(r.body, 'base64'), headers: { ...(r.headers ?? { 'content-type': r.type }) } }]));
const server = createServer((req, res) => {
	const r = table.get(req.url);
	if (!r) {
		res.writeHead(404).end();
		return;
	}
	res.writeHead(200, { ...r.headers, 'content-length': r.body.length });
	res.end(r.body);
});
server.listen(Number(process.argv[3]), '127.0.0.1', () => process.stdout.write('ready\n'));
