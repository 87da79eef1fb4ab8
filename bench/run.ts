/**
 * npm run bench: requests per second of the built app beside a bare node:http server that
 * answers the same bytes, measured in the same run at 50 concurrent connections, and the
 * ratio. The app runs on a fresh embedded database with the demo locality. Prints a table
 * and writes bench/results/<time>.json. Only local addresses are used.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest } from '../src/lib/server/platform/db';
import { seedDemo } from '../src/lib/server/demo/seed';
import { freePort } from '../tests/e2e/servers';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PATHS = ['/', '/api/v1/units'];

function start(cmd: string[], env: Record<string, string>, readyText: string | null, url: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, cmd, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		const deadline = Date.now() + 30_000;
		const poll = async () => {
			if (child.exitCode !== null) return reject(new Error(`${cmd.join(' ')} exited`));
			try {
				const r = await fetch(url);
				if (r.status < 500) return resolve(child);
			} catch {
				/* not yet */
			}
			if (Date.now() > deadline) return reject(new Error(`${cmd.join(' ')} did not start`));
			setTimeout(poll, 150);
		};
		void readyText;
		void poll();
	});
}

async function load(url: string, seconds: number): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
	const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
	return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function main() {
	if (!existsSync(join(ROOT, 'build', 'index.js'))) {
		console.error('build/ is missing: run `npm run build` first');
		process.exit(1);
	}
	const dir = mkdtempSync(join(tmpdir(), 'suotdoi-bench-'));
	const children: ChildProcess[] = [];
	try {
		const dbUrl = `sqlite:${join(dir, 'bench.db')}`;
		const db = createDb(dbUrl);
		await migrateToLatest(db);
		await seedDemo(buildServices(db));
		await db.close();

		const appPort = await freePort();
		const appUrl = `http://127.0.0.1:${appPort}`;
		children.push(await start([join(ROOT, 'build', 'index.js')], { DATABASE_URL: dbUrl, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: appUrl }, null, `${appUrl}/api/v1/health`));

		// the bare server answers exactly the bytes the app answered
		const routes = [];
		for (const p of PATHS) {
			const r = await fetch(appUrl + p);
			if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
			routes.push({ path: p, type: r.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await r.arrayBuffer()).toString('base64') });
		}
		const routesFile = join(dir, 'routes.json');
		writeFileSync(routesFile, JSON.stringify(routes));
		const barePort = await freePort();
		const bareUrl = `http://127.0.0.1:${barePort}`;
		children.push(await start([join(ROOT, 'bench', 'bare-server.mjs'), routesFile, String(barePort)], {}, 'ready', `${bareUrl}/`));

		console.log(`Suốt Đời bench — ${CONNECTIONS} connections, ${SECONDS} s per run, after a 2 s warm-up; node ${process.version}\n`);
		const results = [];
		for (const p of PATHS) {
			const bytes = Buffer.from(routes.find((r) => r.path === p)!.body, 'base64').length;
			await load(appUrl + p, 2);
			const app = await load(appUrl + p, SECONDS);
			await load(bareUrl + p, 2);
			const bare = await load(bareUrl + p, SECONDS);
			results.push({ path: p, bytes, app, bare, ratio: app.rps / bare.rps });
		}
		const pad = (s: string | number, n: number) => String(s).padStart(n);
		console.log(`${'GET'.padEnd(16)}${pad('bytes', 8)}${pad('app req/s', 12)}${pad('app p99 ms', 12)}${pad('bare req/s', 12)}${pad('bare p99', 10)}${pad('app/bare', 10)}`);
		for (const r of results)
			console.log(`${r.path.padEnd(16)}${pad(r.bytes, 8)}${pad(r.app.rps.toFixed(0), 12)}${pad(r.app.p99, 12)}${pad(r.bare.rps.toFixed(0), 12)}${pad(r.bare.p99, 10)}${pad(r.ratio.toFixed(3), 10)}`);
		const bad = results.filter((r) => r.app.errors || r.app.non2xx);
		if (bad.length) console.log(`\nwarning: errors or non-2xx answers during: ${bad.map((r) => r.path).join(', ')}`);
		mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
		const out = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, node: process.version, results }, null, 2));
		console.log(`\nsaved ${out}`);
	} finally {
		for (const c of children) c.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
