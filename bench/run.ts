/**
 * npm run bench: requests per second of the built app beside a bare node:http server that
 * answers the same bytes, measured in the same run at 50 concurrent connections, and the
 * ratio. The app runs on a fresh embedded database with the demo locality. Prints a table
 * and writes bench/results/<time>.json. Only local addresses are used. The import section
 * needs no build: it calls the services in this process. The learning section loads the
 * course catalog, its search and a course page the same way, and weighs the JavaScript a
 * first visit to the catalog, a course page and a lesson page downloads. The funds section
 * (bench/funds.ts) posts donations beside raw inserts and reads a fund with a long book.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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
import { fundsBench } from './funds';
import { titlesBench } from './titles';
import { weekBench } from './week';
import { libraryBench } from './library';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** the public pages and lists of the http section (the course page is added once its id is known) */
const PATHS = ['/', '/news', '/courses', '/api/v1/units', '/api/v1/courses?q=ky+nang+so'];
const NEWS_ITEMS = Number(process.env.BENCH_NEWS ?? 100_000);
const SEARCHES = ['hoc tap suot doi', 'khuyen ho', 'duong lang tu sach', 'ky nang so nguoi cao tuoi', 'Học bổng vượt khó'];
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
const COURSE_TITLE = 'Kỹ năng số cơ bản';
const CATALOG_QUERY = 'ky+nang+so';
const JS_BUDGET = 100 * 1024; // DESIGN.md: ≤ 100 KiB of compressed JavaScript on public and learner pages
/** what a cold request sends: the page cache makes the answer afresh */
const NO_CACHE = { 'cache-control': 'no-cache' };
const ONLY = process.env.BENCH_ONLY ?? 'all'; // http | search | import | learning | funds | titles | week | library | all
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

/**
 * Statements the app sends to make one answer of the path afresh (no-cache: not from the page
 * cache): the server (BENCH_QUERY_COUNT=1) says so in x-query-count; asked one at a time.
 */
async function queriesPer(url: string): Promise<number> {
	let n = 0;
	for (let i = 0; i < 3; i++) {
		const r = await fetch(url, { headers: NO_CACHE });
		await r.arrayBuffer();
		n = Number(r.headers.get('x-query-count') ?? NaN);
	}
	return n;
}

async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
	const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1, headers });
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

/** The id of the published online course COURSE_TITLE, from the public catalog. */
async function courseIdOf(appUrl: string): Promise<string> {
	const r = await fetch(`${appUrl}/api/v1/courses?q=${encodeURIComponent(COURSE_TITLE)}&mode=online`);
	const found = ((await r.json()) as { items: { id: string; title: string }[] }).items.find((c) => c.title === COURSE_TITLE);
	if (!found) throw new Error(`no published online course "${COURSE_TITLE}" in the catalog`);
	return found.id;
}

/**
 * What the learning section needs from the running app, found once before the load: the
 * published course COURSE_TITLE (from the online catalog), and a throwaway resident of a
 * village of Xã Quang Minh signed in (its session cookie) with the course's first lesson.
 */
async function learningTargets(appUrl: string) {
	const getJson = async <T>(path: string, cookie?: string): Promise<T> => {
		const r = await fetch(appUrl + path, { headers: cookie ? { cookie } : {} });
		if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
		return (await r.json()) as T;
	};
	const postJson = async (path: string, body: unknown) => {
		const r = await fetch(appUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		if (r.status !== 201) throw new Error(`POST ${path} answered ${r.status}: ${await r.text()}`);
		return r;
	};
	const catalog = await getJson<{ items: { id: string; title: string; status: string }[] }>('/api/v1/courses?q=ky+nang+so+co+ban&mode=online');
	const course = catalog.items.find((c) => c.title === COURSE_TITLE && c.status === 'published');
	if (!course) throw new Error(`no published online course "${COURSE_TITLE}" in the catalog`);

	type Unit = { id: string; name: string; level: string };
	const { units } = await getJson<{ units: Unit[] }>('/api/v1/units');
	const commune = units.find((u) => u.name === 'Xã Quang Minh');
	if (!commune) throw new Error('no Xã Quang Minh in /api/v1/units');
	const village = (await getJson<{ children: Unit[] }>(`/api/v1/units/${commune.id}`)).children.find((c) => c.level === 'village');
	if (!village) throw new Error('Xã Quang Minh has no village');
	const phone = `09${String(Date.now() % 1e8).padStart(8, '0')}`;
	const password = 'bench-hoc-tap-2026';
	await postJson('/api/v1/signups', { fullName: 'Người Thử Đo Tải', birthDate: '1960-01-01', gender: 'female', villageId: village.id, phone, password });
	const session = await postJson('/api/v1/session', { login: phone, password });
	const cookie = session.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('sd_session='));
	if (!cookie) throw new Error('signing in set no sd_session cookie');
	const lessons = await getJson<{ items: { id: string }[] }>(`/api/v1/courses/${course.id}/lessons`, cookie);
	if (!lessons.items[0]) throw new Error(`"${COURSE_TITLE}" has no lessons`);
	return {
		course: { id: course.id, title: course.title },
		lessonId: lessons.items[0].id,
		cookie,
		paths: [`/api/v1/courses?q=${CATALOG_QUERY}`, `/courses?q=${CATALOG_QUERY}`, `/courses/${course.id}`]
	};
}

/** A demo commune officer's session, for the console's pages. */
async function staffCookie(appUrl: string): Promise<string> {
	const r = await fetch(appUrl + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'quangminh.canbo', password: DEMO_PASSWORD }) });
	const cookie = r.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('sd_session='));
	if (r.status !== 201 || !cookie) throw new Error(`the demo officer could not sign in (${r.status})`);
	return cookie;
}

/**
 * The JavaScript a first visit to a page downloads: the page's `<script src>`, its
 * `<link rel="modulepreload">` (in the HTML and in the Link header, where SvelteKit puts
 * them), the imports of its inline scripts (the bootstrap imports the entry chunks) and the
 * route nodes it starts (node_ids, loaded by the entry), then the static imports of all of
 * these, recursively; dynamic imports of other routes are not followed. Read from
 * build/client/ (what the app serves under /_app/); each file compressed on its own.
 */
async function jsWeight(appUrl: string, path: string, cookie?: string) {
	const r = await fetch(appUrl + path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
	if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
	const html = await r.text();
	const page = new URL(path, appUrl);
	const roots: URL[] = [];
	const nodeIds: number[] = [];
	const imports = (code: string, base: URL, dynamic: boolean) => {
		const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*(["'`])([^"'`\s]+?\.js)\1/g)].map((m) => new URL(m[2]!, base));
		if (dynamic) found.push(...[...code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`\s]+?\.js)\1\s*\)/g)].map((m) => new URL(m[2]!, base)));
		return found;
	};
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1]!);
		const type = /\btype\s*=\s*["']([^"']+)["']/i.exec(m[1]!)?.[1];
		if (src) roots.push(new URL(src[1]!, page));
		else if (!type || type === 'module' || type === 'text/javascript') {
			roots.push(...imports(m[2]!, page, true));
			const ids = /\bnode_ids\s*:\s*\[([\d,\s]*)\]/.exec(m[2]!);
			if (ids) nodeIds.push(...ids[1]!.split(',').filter((x) => x.trim()).map(Number));
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*>/gi))
		if (/\brel\s*=\s*["']?modulepreload\b/i.test(m[0])) {
			const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
			if (href) roots.push(new URL(href[1]!, page));
		}
	const announced = new Set<string>();
	for (const m of (r.headers.get('link') ?? '').matchAll(/<([^>]+)>([^,]*)/g))
		if (/\brel\s*=\s*"?modulepreload\b/i.test(m[2]!)) {
			const u = new URL(m[1]!, page);
			announced.add(u.pathname);
			roots.push(u);
		}

	const files = new Map<string, Buffer>();
	const follow = (queue: URL[]) => {
		while (queue.length) {
			const u = queue.shift()!;
			if (u.origin !== page.origin) throw new Error(`${path} loads JavaScript from ${u.origin}`);
			if (files.has(u.pathname)) continue;
			const file = join(ROOT, 'build', 'client', decodeURIComponent(u.pathname));
			if (!existsSync(file)) throw new Error(`${path} loads ${u.pathname}, which is not in build/client/`);
			const bytes = readFileSync(file);
			files.set(u.pathname, bytes);
			queue.push(...imports(bytes.toString('utf8'), u, false));
		}
	};
	follow(roots);
	// the route nodes the bootstrap starts: the entry imports them dynamically by their number
	const nodes = [...files].flatMap(([p, b]) =>
		[...b.toString('utf8').matchAll(/\bimport\s*\(\s*(["'`])([^"'`\s]*\/nodes\/(\d+)\.[^"'`\s]*\.js)\1\s*\)/g)].map((m) => ({ id: Number(m[3]), url: new URL(m[2]!, page.origin + p) }))
	);
	for (const id of nodeIds) {
		const node = nodes.find((n) => n.id === id);
		if (!node) throw new Error(`${path}: route node ${id} not found among the entry chunks`);
		follow([node.url]);
	}
	let raw = 0;
	let gzip = 0;
	let brotli = 0;
	for (const b of files.values()) {
		raw += b.length;
		gzip += gzipSync(b, { level: 9 }).length;
		brotli += brotliCompressSync(b).length;
	}
	const notAnnounced = [...files.keys()].filter((p) => !announced.has(p));
	return { path, files: files.size, raw, gzip, brotli, budget: JS_BUDGET, withinBudget: gzip <= JS_BUDGET, nodeIds, notPreloadedByServer: notAnnounced, list: [...files.keys()] };
}

/**
 * The learning section: the catalog search (API and page) and a course page under load beside
 * the bare server answering the same bytes, then the JavaScript weight of the catalog, the
 * course page and a lesson page (signed in) against the budget.
 */
async function learningBench(appUrl: string, bareUrl: string, targets: Awaited<ReturnType<typeof learningTargets>>, routes: { path: string; body: string }[]) {
	const { course, lessonId, cookie, paths } = targets;
	console.log(`\nlearning: the catalog searched for "${CATALOG_QUERY}" and the course "${course.title}" (${course.id})`);
	const served = [];
	for (const p of paths) {
		const bytes = Buffer.from(routes.find((r) => r.path === p)!.body, 'base64').length;
		await load(appUrl + p, 2);
		const app = await load(appUrl + p, SECONDS);
		await load(bareUrl + p, 2);
		const bare = await load(bareUrl + p, SECONDS);
		served.push({ path: p, bytes, app, bare, ratio: app.rps / bare.rps });
	}
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	const label = (p: string) => p.replace(course.id, '<id>');
	console.log(`${'GET'.padEnd(30)}${pad('bytes', 8)}${pad('app req/s', 11)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('bare req/s', 12)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('app/bare', 10)}`);
	for (const r of served)
		console.log(
			`${label(r.path).padEnd(30)}${pad(r.bytes, 8)}${pad(r.app.rps.toFixed(0), 11)}${pad(r.app.p50, 8)}${pad(r.app.p99, 8)}${pad(r.bare.rps.toFixed(0), 12)}${pad(r.bare.p50, 8)}${pad(r.bare.p99, 8)}${pad(r.ratio.toFixed(3), 10)}`
		);
	const bad = served.filter((r) => r.app.errors || r.app.non2xx);
	if (bad.length) console.log(`warning: errors (timeouts included) or non-2xx answers from the app: ${bad.map((r) => `${label(r.path)} ${r.app.errors} errors, ${r.app.non2xx} non-2xx`).join('; ')}`);

	const pages = [
		{ page: 'catalog', ...(await jsWeight(appUrl, '/courses')) },
		{ page: 'course', ...(await jsWeight(appUrl, `/courses/${course.id}`)) },
		{ page: 'lesson (signed in)', ...(await jsWeight(appUrl, `/learn/${lessonId}`, cookie)) },
		// the front door and the officer's desk (issue 11): the same budget
		{ page: 'home', ...(await jsWeight(appUrl, '/')) },
		{ page: 'home (resident)', ...(await jsWeight(appUrl, '/', cookie)) },
		{ page: 'console home', ...(await jsWeight(appUrl, '/console', await staffCookie(appUrl))) }
	];
	const kib = (n: number) => (n / 1024).toFixed(1);
	console.log(`\nJavaScript a first visit downloads (static imports followed; gzip -9 and brotli per file); budget ≤ ${kib(JS_BUDGET)} KiB compressed (DESIGN.md), checked on gzip`);
	console.log(`${'page'.padEnd(20)}${'GET'.padEnd(16)}${pad('files', 6)}${pad('raw B', 9)}${pad('gzip B', 9)}${pad('br B', 9)}${pad('gzip KiB', 10)}${pad('br KiB', 8)}  budget`);
	for (const w of pages)
		console.log(
			`${w.page.padEnd(20)}${label(w.path).replace(lessonId, '<lesson>').padEnd(16)}${pad(w.files, 6)}${pad(w.raw, 9)}${pad(w.gzip, 9)}${pad(w.brotli, 9)}${pad(kib(w.gzip), 10)}${pad(kib(w.brotli), 8)}  ${w.withinBudget ? 'within budget' : 'over budget'}`
		);
	const unannounced = pages.filter((w) => w.notPreloadedByServer.length);
	if (unannounced.length) console.log(`note: not in the server's modulepreload Link header: ${unannounced.map((w) => `${w.page}: ${w.notPreloadedByServer.join(' ')}`).join('; ')}`);
	return { course, lessonId, connections: CONNECTIONS, seconds: SECONDS, load: served, js: pages, budgetBytes: JS_BUDGET };
}

async function main() {
	if (!['all', 'http', 'search', 'import', 'learning', 'funds', 'titles', 'week', 'library'].includes(ONLY)) {
		console.error(`BENCH_ONLY must be http, search, import, learning, funds, titles, week, library or all (got "${ONLY}")`);
		process.exit(1);
	}
	const serving = runs('http') || runs('search') || runs('learning');
	if ((serving || runs('funds') || runs('titles') || runs('week') || runs('library')) && !existsSync(join(ROOT, 'build', 'index.js'))) {
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
		let targets: Awaited<ReturnType<typeof learningTargets>> | null = null;
		let coursePath = '';
		if (serving) {
			const db = createDb(dbUrl);
			await migrateToLatest(db);
			await seedDemo(buildServices(db));
			await db.close();

			const appPort = await freePort();
			appUrl = `http://127.0.0.1:${appPort}`;
			children.push(await start([join(ROOT, 'server.js')], { DATABASE_URL: dbUrl, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: appUrl, BENCH_QUERY_COUNT: '1' }, null, `${appUrl}/api/v1/health`));

			if (runs('learning')) targets = await learningTargets(appUrl);
			coursePath = `/courses/${await courseIdOf(appUrl)}`;
			// the bare server answers exactly the bytes the app answered
			for (const p of [...new Set([...PATHS, coursePath, ...(targets?.paths ?? [])])]) {
				const r = await fetch(appUrl + p);
				if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
				// the headers too, but for those of one connection or one answer
				const headers = Object.fromEntries([...r.headers].filter(([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-cache', 'x-query-count'].includes(k)));
				routes.push({ path: p, type: r.headers.get('content-type') ?? 'text/plain', headers, body: Buffer.from(await r.arrayBuffer()).toString('base64') });
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
			for (const p of [...PATHS.slice(0, 3), coursePath, ...PATHS.slice(3)]) {
				const bytes = Buffer.from(routes.find((r) => r.path === p)!.body, 'base64').length;
				const queries = await queriesPer(appUrl + p);
				// cold: every answer made afresh (the request asks no-cache); cached: kept answers
				await load(appUrl + p, 2, NO_CACHE);
				const app = await load(appUrl + p, SECONDS, NO_CACHE);
				await load(appUrl + p, 2);
				const cached = await load(appUrl + p, SECONDS);
				await load(bareUrl + p, 2);
				const bare = await load(bareUrl + p, SECONDS);
				results.push({ path: p, bytes, queries, app, cached, bare, ratio: app.rps / bare.rps, cachedRatio: cached.rps / bare.rps });
			}
			const pad = (s: string | number, n: number) => String(s).padStart(n);
			const label = (p: string) => (p === coursePath ? '/courses/<id>' : p);
			console.log(`${'GET (anonymous)'.padEnd(30)}${pad('bytes', 7)}${pad('queries', 8)}${pad('cold req/s', 11)}${pad('p99', 6)}${pad('ratio', 7)}${pad('cached req/s', 13)}${pad('p99', 6)}${pad('ratio', 7)}${pad('bare req/s', 11)}${pad('p99', 6)}`);
			for (const r of results)
				console.log(
					`${label(r.path).padEnd(30)}${pad(r.bytes, 7)}${pad(r.queries, 8)}${pad(r.app.rps.toFixed(0), 11)}${pad(r.app.p99, 6)}${pad(r.ratio.toFixed(3), 7)}${pad(r.cached.rps.toFixed(0), 13)}${pad(r.cached.p99, 6)}${pad(r.cachedRatio.toFixed(3), 7)}${pad(r.bare.rps.toFixed(0), 11)}${pad(r.bare.p99, 6)}`
				);
			console.log('cold: each answer made afresh (Cache-Control: no-cache); cached: answered from the page cache; ratio: app/bare, in this run');
			const bad = results.filter((r) => r.app.errors || r.app.non2xx || r.cached.errors || r.cached.non2xx);
			if (bad.length) console.log(`\nwarning: errors or non-2xx answers during: ${bad.map((r) => r.path).join(', ')}`);
		}
		let learning: unknown = null;
		if (targets) learning = await learningBench(appUrl, bareUrl, targets, routes);
		let search: unknown = null;
		if (runs('search')) search = await searchBench(dbUrl, appUrl);
		let imported: unknown = null;
		if (runs('import')) imported = await importBench(dir);
		let funds: unknown = null;
		if (runs('funds')) funds = await fundsBench({ root: ROOT, connections: CONNECTIONS, seconds: SECONDS, start }, dir);
		let titles: unknown = null;
		if (runs('titles')) titles = await titlesBench({ root: ROOT, connections: CONNECTIONS, seconds: SECONDS, start }, dir);
		let week: unknown = null;
		if (runs('week')) week = await weekBench({ root: ROOT, connections: CONNECTIONS, seconds: SECONDS, start }, dir);
		let library: unknown = null;
		if (runs('library')) library = await libraryBench({ root: ROOT, connections: CONNECTIONS, seconds: SECONDS, start }, dir);
		mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
		const out = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, node: process.version, results, learning, search, import: imported, funds, titles, week, library }, null, 2));
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
