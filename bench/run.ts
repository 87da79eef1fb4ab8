/**
 * npm run bench: requests per second of the built app beside a bare node:http server that
 * answers the same bytes, measured in the same run at 50 concurrent connections, and the
 * ratio. The app runs on a fresh embedded database with the demo locality. Prints a table
 * and writes bench/results/<time>.json. Only local addresses are used. The import section
 * needs no build: it calls the services in this process.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest, transaction } from '../src/lib/server/platform/db';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { freePort } from '../tests/e2e/servers';
import SqliteDatabase from 'better-sqlite3';
import { fts5Query } from '../src/lib/server/platform/db/dialect';
import { normalizeVi, searchTerms } from '../src/lib/server/platform/text';
import { fillNews } from './news-corpus';
import { makeImportCsv } from './import-corpus';
import { systemClock } from '../src/lib/server/platform/clock';
import { localFileStore } from '../src/lib/server/platform/files';
import { parseCsv } from '../src/lib/server/platform/spreadsheet';
import { newId } from '../src/lib/server/platform/ids';
import { demoId, loadDemoPlaces } from '../src/lib/server/core/places/demo/load';
import type { AuthContext } from '../src/lib/server/platform/access';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PATHS = ['/', '/api/v1/units'];
const NEWS_ITEMS = Number(process.env.BENCH_NEWS ?? 100_000);
const SEARCHES = ['hoc tap suot doi', 'khuyen ho', 'duong lang tu sach', 'ky nang so nguoi cao tuoi', 'Học bổng vượt khó'];
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
const ONLY = process.env.BENCH_ONLY ?? 'all'; // http | search | import | all
const runs = (section: string) => ONLY === 'all' || ONLY === section;

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

/**
 * Import of IMPORT_ROWS residents from a CSV file: the platform's importFile (read, check,
 * staged batches, activation, audit) on a fresh database with the demo places and accounts,
 * as the Quang Minh commune officer, beside the same rows inserted into a second fresh
 * database (same pragmas) by two prepared statements in one transaction. The baseline's
 * clock starts after parsing: it times the mapping of cells to columns and the inserts.
 */
async function importBench(dir: string) {
	const platformDb = createDb(`sqlite:${join(dir, 'import', 'bench.db')}`);
	const rawDb = createDb(`sqlite:${join(dir, 'import-raw', 'bench.db')}`);
	try {
		await migrateToLatest(platformDb);
		const services = buildServices(platformDb, systemClock, localFileStore(join(dir, 'import-files')));
		await seedDemo(services, { news: false, residents: false });
		const signedIn = await services.accounts.signIn({ ip: 'bench', userAgent: 'bench' }, { login: 'quangminh.canbo', password: DEMO_PASSWORD });
		const auth: AuthContext = { actor: signedIn.actor, ip: 'bench', userAgent: 'bench', locale: 'vi' };
		const unitId = demoId('xa-quang-minh');
		const villages = (await services.places.getUnit(unitId)).children.filter((c) => c.level === 'village');
		const text = makeImportCsv(IMPORT_ROWS, villages.map((v) => v.name));
		const bytes = new TextEncoder().encode(text);
		console.log(`\nimport of ${IMPORT_ROWS.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB of CSV) into ${villages.length} villages of Xã Quang Minh`);

		const t0 = performance.now();
		const r = await services.imports.importFile(auth, { unitId, fileName: 'bench.csv', bytes, commit: true });
		const platformMs = performance.now() - t0;
		if (r.status !== 'committed' || r.processedRows !== IMPORT_ROWS)
			throw new Error(`import answered ${r.status} with ${r.processedRows} of ${IMPORT_ROWS} rows${r.problems.length ? `; first problem: ${JSON.stringify(r.problems[0])}` : ''}`);

		// the baseline: the same places (for the foreign keys), the same rows parsed beforehand
		await migrateToLatest(rawDb);
		await transaction(rawDb, (trx) => loadDemoPlaces(trx, new Date().toISOString()));
		const raw = rawDb.sqlite!;
		const [header, ...records] = parseCsv(text);
		if (header!.length !== 8 || records.length !== IMPORT_ROWS) throw new Error(`the baseline parsed ${records.length} rows`);
		const villageIds = new Map(villages.map((v) => [v.name, v.id]));
		const genders: Record<string, string> = { Nam: 'male', Nữ: 'female' };
		const relations: Record<string, string> = { 'Chủ hộ': 'head', Vợ: 'spouse', Chồng: 'spouse', Con: 'child', Bố: 'parent', Mẹ: 'parent', Cháu: 'grandchild' };
		const t1 = performance.now();
		const insertHousehold = raw.prepare(`insert into households (id, village_id, address, head_resident_id, created_at, updated_at, import_id) values (?, ?, null, ?, ?, ?, null)`);
		const insertResident = raw.prepare(
			`insert into residents (id, full_name, birth_date, gender, village_id, household_id, relation_to_head, phone, email, account_id, status, merged_into_id, search_text, created_at, updated_at, erased_at, import_id)
			 values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, 'active', null, ?, ?, ?, null, null)`
		);
		const at = new Date().toISOString();
		const ids = records.map(() => newId());
		const households = new Map<string, { id: string; villageId: string; headId: string | null; written: boolean }>();
		records.forEach((c, i) => {
			const h = households.get(c[4]!) ?? { id: newId(), villageId: villageIds.get(c[3]!)!, headId: null, written: false };
			if (c[5] === 'Chủ hộ') h.headId = ids[i]!;
			households.set(c[4]!, h);
		});
		raw.transaction(() => {
			for (let i = 0; i < records.length; i++) {
				const [fullName, birth, gender, village, code, relation, phone, email] = records[i]!;
				const h = households.get(code!)!;
				if (!h.written) {
					h.written = true;
					insertHousehold.run(h.id, h.villageId, h.headId, at, at);
				}
				const birthDate = `${birth!.slice(6, 10)}-${birth!.slice(3, 5)}-${birth!.slice(0, 2)}`;
				insertResident.run(ids[i], fullName, birthDate, genders[gender!], villageIds.get(village!), h.id, relations[relation!], phone || null, email || null, normalizeVi(fullName!), at, at);
			}
		})();
		const rawMs = performance.now() - t1;
		const written = raw.prepare(`select (select count(*) from residents) as residents, (select count(*) from households) as households`).get() as { residents: number; households: number };
		if (written.residents !== IMPORT_ROWS || written.households !== r.households) throw new Error(`the baseline wrote ${written.residents} residents and ${written.households} households`);

		const platform = { rows: IMPORT_ROWS, seconds: platformMs / 1000, rowsPerSecond: IMPORT_ROWS / (platformMs / 1000) };
		const direct = { rows: IMPORT_ROWS, seconds: rawMs / 1000, rowsPerSecond: IMPORT_ROWS / (rawMs / 1000) };
		const pad = (s: string | number, n: number) => String(s).padStart(n);
		console.log(`${''.padEnd(28)}${pad('rows', 10)}${pad('seconds', 10)}${pad('rows/s', 10)}`);
		console.log(`${'platform importFile'.padEnd(28)}${pad(platform.rows, 10)}${pad(platform.seconds.toFixed(2), 10)}${pad(platform.rowsPerSecond.toFixed(0), 10)}`);
		console.log(`${'raw prepared insert'.padEnd(28)}${pad(direct.rows, 10)}${pad(direct.seconds.toFixed(2), 10)}${pad(direct.rowsPerSecond.toFixed(0), 10)}`);
		console.log(`platform/raw ratio: ${(platform.rowsPerSecond / direct.rowsPerSecond).toFixed(3)}  (${r.households.toLocaleString('en')} households)`);
		return { rows: IMPORT_ROWS, households: r.households, csvBytes: bytes.length, platform, raw: direct, ratio: platform.rowsPerSecond / direct.rowsPerSecond };
	} finally {
		await platformDb.close();
		await rawDb.close();
	}
}

async function main() {
	if (!['all', 'http', 'search', 'import'].includes(ONLY)) {
		console.error(`BENCH_ONLY must be http, search, import or all (got "${ONLY}")`);
		process.exit(1);
	}
	const serving = runs('http') || runs('search');
	if (serving && !existsSync(join(ROOT, 'build', 'index.js'))) {
		console.error('build/ is missing: run `npm run build` first');
		process.exit(1);
	}
	const dir = mkdtempSync(join(tmpdir(), 'suotdoi-bench-'));
	const children: ChildProcess[] = [];
	try {
		const dbUrl = `sqlite:${join(dir, 'bench.db')}`;
		let appUrl = '';
		let bareUrl = '';
		const routes = [];
		if (serving) {
			const db = createDb(dbUrl);
			await migrateToLatest(db);
			await seedDemo(buildServices(db));
			await db.close();

			const appPort = await freePort();
			appUrl = `http://127.0.0.1:${appPort}`;
			children.push(await start([join(ROOT, 'build', 'index.js')], { DATABASE_URL: dbUrl, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: appUrl }, null, `${appUrl}/api/v1/health`));

			// the bare server answers exactly the bytes the app answered
			for (const p of PATHS) {
				const r = await fetch(appUrl + p);
				if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
				routes.push({ path: p, type: r.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await r.arrayBuffer()).toString('base64') });
			}
			const routesFile = join(dir, 'routes.json');
			writeFileSync(routesFile, JSON.stringify(routes));
			const barePort = await freePort();
			bareUrl = `http://127.0.0.1:${barePort}`;
			children.push(await start([join(ROOT, 'bench', 'bare-server.mjs'), routesFile, String(barePort)], {}, 'ready', `${bareUrl}/`));
			console.log(`Suốt Đời bench — ${CONNECTIONS} connections, ${SECONDS} s per run, after a 2 s warm-up; node ${process.version}\n`);
		} else console.log(`Suốt Đời bench — node ${process.version}`);

		const results = [];
		if (runs('http')) {
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
		if (runs('search')) search = await searchBench(dbUrl, appUrl);
		let imported: unknown = null;
		if (runs('import')) imported = await importBench(dir);
		mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
		const out = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, node: process.version, results, search, import: imported }, null, 2));
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
