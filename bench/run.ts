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
import SqliteDatabase from 'better-sqlite3';
import { fts5Query } from '../src/lib/server/platform/db/dialect';
import { searchTerms } from '../src/lib/server/platform/text';
import { fillNews } from './news-corpus';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PATHS = ['/', '/api/v1/units'];
const NEWS_ITEMS = Number(process.env.BENCH_NEWS ?? 100_000);
const SEARCHES = ['hoc tap suot doi', 'khuyen ho', 'duong lang tu sach', 'ky nang so nguoi cao tuoi', 'Học bổng vượt khó'];
const ONLY = process.env.BENCH_ONLY ?? 'all'; // http | search | all

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

/**
 * Search over NEWS_ITEMS published items: the app's /api/v1/news?q= under load beside the same
 * FTS5 query run directly on the database file in this process (no HTTP, no ranking extras).
 */
async function searchBench(dbUrl: string, appUrl: string) {
	const path = dbUrl.slice('sqlite:'.length);
	const raw = new SqliteDatabase(path);
	raw.pragma('journal_mode = WAL');
	const author = (raw.prepare("select id from accounts where login = 'admin'").get() as { id: string }).id;
	const t0 = performance.now();
	fillNews(raw, NEWS_ITEMS, author);
	const fillMs = performance.now() - t0;
	console.log(`\nsearch over ${NEWS_ITEMS.toLocaleString('en')} published news items (filled in ${(fillMs / 1000).toFixed(1)} s)`);

	// the baseline: the bare FTS5 query for the same first page, prepared once
	const direct = raw.prepare(`select id from news_fts where news_fts match ? order by rank limit 20`);
	const lat: number[] = [];
	const until = performance.now() + SECONDS * 1000;
	let i = 0;
	while (performance.now() < until) {
		const q = fts5Query(searchTerms(SEARCHES[i++ % SEARCHES.length])!.tokens);
		const a = performance.now();
		direct.all(q);
		lat.push(performance.now() - a);
	}
	raw.close();
	lat.sort((x, y) => x - y);
	const directQps = lat.length / SECONDS;
	const directP95 = lat[Math.floor(lat.length * 0.95)]!;

	const requests = SEARCHES.map((q) => ({ method: 'GET' as const, path: `/api/v1/news?q=${encodeURIComponent(q)}` }));
	await autocannon({ url: appUrl, connections: CONNECTIONS, duration: 2, requests });
	const times: number[] = [];
	const r = await new Promise<autocannon.Result>((resolve, reject) => {
		const inst = autocannon({ url: appUrl, connections: CONNECTIONS, duration: SECONDS, requests }, (err, res) => (err ? reject(err) : resolve(res)));
		inst.on('response', (_client, _status, _bytes, ms) => times.push(ms));
	});
	times.sort((x, y) => x - y);
	const app = { rps: r.requests.average, p50: times[Math.floor(times.length / 2)] ?? 0, p95: times[Math.floor(times.length * 0.95)] ?? 0, non2xx: r.non2xx, errors: r.errors + r.timeouts };
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	console.log(`${''.padEnd(28)}${pad('req/s', 10)}${pad('p50 ms', 10)}${pad('p95 ms', 10)}`);
	console.log(`${'app GET /api/v1/news?q='.padEnd(28)}${pad(app.rps.toFixed(0), 10)}${pad(app.p50.toFixed(1), 10)}${pad(app.p95.toFixed(1), 10)}`);
	console.log(`${'direct FTS5 query'.padEnd(28)}${pad(directQps.toFixed(0), 10)}${pad(lat[Math.floor(lat.length / 2)]!.toFixed(3), 10)}${pad(directP95.toFixed(3), 10)}`);
	console.log(`app/direct ratio: ${(app.rps / directQps).toFixed(3)}${app.non2xx || app.errors ? `  (warning: ${app.non2xx} non-2xx, ${app.errors} errors)` : ''}`);
	return { items: NEWS_ITEMS, app, direct: { qps: directQps, p50: lat[Math.floor(lat.length / 2)], p95: directP95 }, ratio: app.rps / directQps };
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
		if (ONLY !== 'search') {
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
		}
		let search: unknown = null;
		if (ONLY !== 'http') search = await searchBench(dbUrl, appUrl);
		mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
		const out = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, node: process.version, results, search }, null, 2));
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
