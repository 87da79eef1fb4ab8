/**
 * The bookshelves' section of `npm run bench` (BENCH_ONLY=library runs it alone), on the
 * embedded database and, when BENCH_POSTGRES_URL or TEST_POSTGRES_URL names a server, on PostgreSQL:
 *
 * 1. Catalog search over BENCH_LIBRARY_TITLES titles (100,000 by default, each with a copy on a
 *    shelf): the public API (GET /api/v1/library/titles?q=…, accent-free, ranked, with counts of
 *    copies in) at CONNECTIONS connections, beside the raw full-text query over the same rows
 *    (FTS5 MATCH ordered by rank on SQLite; the tsvector @@ to_tsquery ordered by ts_rank on
 *    PostgreSQL) run back to back on one connection. Ratio app/raw, p50 and p95.
 * 2. Loans under CONNECTIONS connections: a keeper lends copies by code (POST /api/v1/library/loans,
 *    each a different copy), beside the same two statements (the copy's conditional update and the
 *    loan's insert) in a transaction run straight on the database (SQLite: one connection; PostgreSQL:
 *    as many as the app's). Afterwards every copy has at most one open loan, and answers 201 match
 *    the loans written.
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest } from '../src/lib/server/platform/db';
import { fts5Query, tsQuery } from '../src/lib/server/platform/db/dialect';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { newId } from '../src/lib/server/platform/ids';
import { searchTerms } from '../src/lib/server/platform/text';
import { CODE_ALPHABET, isbn13CheckDigit, titleKey, titleSearchText } from '../src/lib/server/core/library/library.rules';
import { freePort } from '../tests/e2e/servers';
import type { BenchTools } from './funds';

const TITLES = Number(process.env.BENCH_LIBRARY_TITLES ?? 100_000);
const LOAN_COPIES = 40_000;
const SEARCHES = ['de men phieu luu', 'ky thuat trong lua', 'phap luat dat dai', 'Sức khỏe người cao tuổi', 'truyen co tich', 'nuoi ga tha vuon', 'nguyen nhat anh', 'lich su viet nam', 'ky nang song', 'to hoai'];
const WORDS = ['kỹ thuật', 'trồng', 'lúa', 'ngô', 'rau', 'nuôi', 'gà', 'lợn', 'cá', 'pháp luật', 'đất đai', 'hôn nhân', 'gia đình', 'sức khỏe', 'người cao tuổi', 'trẻ em', 'truyện', 'cổ tích', 'lịch sử', 'Việt Nam', 'kỹ năng', 'sống', 'khoa học', 'thiếu nhi', 'tuyển tập', 'văn học', 'phòng bệnh', 'dinh dưỡng', 'an toàn', 'mạng'];
const AUTHORS = ['Tô Hoài', 'Nguyễn Nhật Ánh', 'Nam Cao', 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức'];
const SUBJECTS = ['children', 'literature', 'farming', 'health', 'law', 'science', 'history', 'skills'] as const;

const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]! : 0);
type Raw = { kind: 'sqlite'; db: SqliteDatabase.Database } | { kind: 'postgres'; pool: pg.Pool };

/** TITLES titles, each with one copy on one of the shelves, inserted in batches. */
async function fillCatalog(raw: Raw, shelves: string[]) {
	const at = new Date().toISOString();
	const BATCH = 1000;
	let seed = 7;
	const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const codes = codeMaker('B');
	for (let start = 0; start < TITLES; start += BATCH) {
		const titles: unknown[][] = [];
		const copies: unknown[][] = [];
		for (let i = start; i < Math.min(TITLES, start + BATCH); i++) {
			const n = 3 + Math.floor(r() * 4);
			const title = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ') + ` (${i})`;
			const authors = AUTHORS[Math.floor(r() * AUTHORS.length)]!;
			const subject = SUBJECTS[Math.floor(r() * SUBJECTS.length)]!;
			const twelve = `978604${String(200000 + i).padStart(6, '0')}`.slice(0, 12);
			const isbn = i < 800000 ? twelve + isbn13CheckDigit(twelve) : null;
			const id = newId();
			titles.push([id, isbn, title, authors, 'NXB Thử tải', 2020, subject, 'adult', 'vi', titleSearchText({ title, authors, publisher: 'NXB Thử tải', subjectLabel: subject, isbn }), titleKey(title, authors), 'active', at, at]);
			copies.push([newId(), id, shelves[i % shelves.length]!, codes(), 'available', at, at]);
		}
		await insertRows(raw, 'library_titles', ['id', 'isbn', 'title', 'authors', 'publisher', 'year', 'subject', 'age_group', 'language', 'search_text', 'title_key', 'status', 'created_at', 'updated_at'], titles);
		await insertRows(raw, 'library_copies', ['id', 'title_id', 'shelf_id', 'code', 'status', 'created_at', 'updated_at'], copies);
	}
	if (raw.kind === 'sqlite') raw.db.pragma('optimize');
	else await raw.pool.query('analyze library_titles; analyze library_copies');
}

/** Codes that no random code of the demo takes: a fixed first sign, then counted. */
function codeMaker(first: string) {
	let n = 0;
	return () => {
		let x = n++;
		let s = '';
		for (let i = 0; i < 5; i++) {
			s = CODE_ALPHABET[x % CODE_ALPHABET.length] + s;
			x = Math.floor(x / CODE_ALPHABET.length);
		}
		return first + s;
	};
}

async function insertRows(raw: Raw, table: string, cols: string[], rows: unknown[][]) {
	if (!rows.length) return;
	if (raw.kind === 'sqlite') {
		const ins = raw.db.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
		raw.db.transaction(() => rows.forEach((row) => ins.run(...(row as never[]))))();
		return;
	}
	const params: unknown[] = [];
	const values = rows.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`).join(', ');
	await raw.pool.query(`insert into ${table} (${cols.join(', ')}) values ${values}`, params);
}

/** The raw full-text query for the first page, back to back for `seconds`: queries per second, p50, p95 (ms). */
async function rawSearch(raw: Raw, seconds: number) {
	const lat: number[] = [];
	const until = performance.now() + seconds * 1000;
	const stmt = raw.kind === 'sqlite' ? raw.db.prepare('select id from library_titles_fts where library_titles_fts match ? order by rank limit 20') : null;
	let i = 0;
	while (performance.now() < until) {
		const tokens = searchTerms(SEARCHES[i++ % SEARCHES.length])!.tokens;
		const a = performance.now();
		if (stmt) stmt.all(fts5Query(tokens));
		else if (raw.kind === 'postgres') await raw.pool.query(`select id from library_titles where search_tsv @@ to_tsquery('simple', $1) order by ts_rank(search_tsv, to_tsquery('simple', $1)) desc limit 20`, [tsQuery(tokens)]);
		lat.push(performance.now() - a);
	}
	lat.sort((x, y) => x - y);
	return { qps: lat.length / seconds, p50: pct(lat, 0.5), p95: pct(lat, 0.95) };
}

/** Copies lent straight on the database: the copy's conditional update and the loan's insert, one transaction each. */
async function rawLoans(raw: Raw, codes: { id: string; titleId: string }[], shelfId: string, readerId: string, seconds: number, connections: number) {
	let next = 0;
	let n = 0;
	const until = Date.now() + seconds * 1000;
	const at = new Date().toISOString();
	const loan = (c: { id: string; titleId: string }) => [newId(), c.id, shelfId, c.titleId, readerId, at, at.slice(0, 10), at.slice(0, 10), 0, 0];
	const loanSql = 'insert into library_loans (id, copy_id, shelf_id, title_id, reader_account_id, lent_at, lent_on, due_on, renewals, hidden) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)';
	if (raw.kind === 'sqlite') {
		const up = raw.db.prepare("update library_copies set status = 'on_loan', updated_at = ? where id = ? and status = 'available'");
		const ins = raw.db.prepare(loanSql.replace(/\$\d+/g, '?'));
		const lend = raw.db.transaction((c: { id: string; titleId: string }) => {
			if (up.run(at, c.id).changes === 1) ins.run(...loan(c));
		});
		while (Date.now() < until && next < codes.length) {
			lend(codes[next++]!);
			n++;
		}
		return n / seconds;
	}
	await Promise.all(
		Array.from({ length: connections }, async () => {
			const c = await raw.pool.connect();
			try {
				while (Date.now() < until && next < codes.length) {
					const copy = codes[next++]!;
					await c.query('begin');
					const u = await c.query("update library_copies set status = 'on_loan', updated_at = $1 where id = $2 and status = 'available'", [at, copy.id]);
					if (u.rowCount === 1) await c.query(loanSql, loan(copy));
					await c.query('commit');
					n++;
				}
			} finally {
				c.release();
			}
		})
	);
	return n / seconds;
}

async function onDatabase(t: BenchTools, label: 'sqlite' | 'postgres', dbUrl: string, raw: Raw) {
	const db = createDb(dbUrl);
	await migrateToLatest(db);
	const services = buildServices(db);
	await seedDemo(services, { news: false, residents: false, funds: false, library: false });
	const keeperAuth = await services.accounts.commandLineAuth('quangminh.canbo');
	const shelf = await services.library.createShelf(keeperAuth, { name: 'Tủ sách thử tải', unitId: (await services.places.communesToday()).find((c) => c.name.includes('Quang Minh'))!.id });
	const others = [];
	for (const c of await services.places.communesToday()) others.push((await services.library.createShelf(await services.accounts.commandLineAuth('admin'), { name: `Tủ sách ${c.name}`, unitId: c.id })).id);
	const readerId = (await db.kysely.selectFrom('accounts').select('id').where('login', '=', 'dan.lan').executeTakeFirstOrThrow()).id;
	await services.shutdown();

	const t0 = performance.now();
	await fillCatalog(raw, others);
	const fillSeconds = (performance.now() - t0) / 1000;
	// copies to lend, on the keeper's shelf, each once
	const lendTitle = newId();
	const at = new Date().toISOString();
	await insertRows(raw, 'library_titles', ['id', 'title', 'subject', 'age_group', 'search_text', 'title_key', 'created_at', 'updated_at'], [[lendTitle, 'Sách cho mượn thử tải', 'other', 'all', 'sach cho muon thu tai', 'sach cho muon thu tai|', at, at]]);
	const loanCodes = codeMaker('C');
	const appCopies: string[] = [];
	const rawCopies: { id: string; titleId: string }[] = [];
	for (let start = 0; start < LOAN_COPIES; start += 1000) {
		const rows: unknown[][] = [];
		for (let i = start; i < start + 1000; i++) {
			const id = newId();
			const code = loanCodes();
			rows.push([id, lendTitle, shelf.id, code, 'available', at, at]);
			if (i % 2) rawCopies.push({ id, titleId: lendTitle });
			else appCopies.push(code);
		}
		await insertRows(raw, 'library_copies', ['id', 'title_id', 'shelf_id', 'code', 'status', 'created_at', 'updated_at'], rows);
	}

	const port = await freePort();
	const appUrl = `http://127.0.0.1:${port}`;
	const child: ChildProcess = await t.start([join(t.root, 'server.js')], { DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: appUrl }, null, `${appUrl}/api/v1/health`);
	try {
		// 1. catalog search
		const requests = SEARCHES.map((q) => ({ method: 'GET' as const, path: `/api/v1/library/titles?q=${encodeURIComponent(q)}` }));
		await autocannon({ url: appUrl, connections: t.connections, duration: 2, requests });
		const times: number[] = [];
		const r = await new Promise<autocannon.Result>((resolve, reject) => {
			const inst = autocannon({ url: appUrl, connections: t.connections, duration: t.seconds, requests }, (err, res) => (err ? reject(err) : resolve(res)));
			inst.on('response', (_c, _s, _b, ms) => times.push(ms));
		});
		times.sort((a, b) => a - b);
		const app = { rps: r.requests.average, p50: pct(times, 0.5), p95: pct(times, 0.95), non2xx: r.non2xx, errors: r.errors + r.timeouts };
		const direct = await rawSearch(raw, t.seconds);

		// 2. loans under load: each request lends the next copy
		const login = await fetch(`${appUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'quangminh.canbo', password: DEMO_PASSWORD }) });
		const cookie = login.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith('sd_session='))!;
		let next = 0;
		const loanTimes: number[] = [];
		let created = 0;
		const lr = await new Promise<autocannon.Result>((resolve, reject) => {
			const inst = autocannon(
				{
					url: `${appUrl}/api/v1/library/loans`,
					connections: t.connections,
					duration: t.seconds,
					method: 'POST',
					headers: { cookie, 'content-type': 'application/json', origin: appUrl },
					requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ code: appCopies[next++ % appCopies.length], reader: 'dan.lan' }) }) }]
				},
				(err, res) => (err ? reject(err) : resolve(res))
			);
			inst.on('response', (_c, status, _b, ms) => {
				loanTimes.push(ms);
				if (status === 201) created++;
			});
		});
		loanTimes.sort((a, b) => a - b);
		const loans = { rps: lr.requests.average, p50: pct(loanTimes, 0.5), p95: pct(loanTimes, 0.95), created, non2xx: lr.non2xx, errors: lr.errors + lr.timeouts };
		await new Promise((ok) => setTimeout(ok, 2000));
		const rawRate = await rawLoans(raw, rawCopies, shelf.id, readerId, t.seconds, t.connections);
		const q = (text: string) => (raw.kind === 'sqlite' ? Promise.resolve(raw.db.prepare(text).get() as { n: number }) : raw.pool.query(text).then((x) => x.rows[0] as { n: number }));
		const twice = Number((await q('select count(*) as n from (select copy_id from library_loans where returned_at is null group by copy_id having count(*) > 1) x')).n);
		const appLoans = Number((await q(`select count(*) as n from library_loans l join library_copies c on c.id = l.copy_id where c.code like 'C%' and l.lent_by_account_id is not null`)).n);
		return { database: label, titles: TITLES, fillSeconds, search: { app, direct, ratio: app.rps / direct.qps }, loans: { app: loans, raw: { perSecond: rawRate, connections: label === 'sqlite' ? 1 : t.connections }, ratio: loans.rps / rawRate, copiesLentTwice: twice, appLoansWritten: appLoans } };
	} finally {
		const exited = new Promise((ok) => child.once('exit', ok));
		child.kill('SIGTERM');
		await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
	}
}

function print(r: Awaited<ReturnType<typeof onDatabase>>, connections: number) {
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	console.log(`\nlibrary on ${r.database}: catalog search over ${r.titles.toLocaleString('en')} titles (filled in ${r.fillSeconds.toFixed(0)} s), ${connections} connections`);
	console.log(`${''.padEnd(36)}${pad('per s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}`);
	console.log(`${'app GET /api/v1/library/titles?q='.padEnd(36)}${pad(r.search.app.rps.toFixed(0), 9)}${pad(r.search.app.p50.toFixed(1), 9)}${pad(r.search.app.p95.toFixed(1), 9)}`);
	console.log(`${'raw full-text query (1 connection)'.padEnd(36)}${pad(r.search.direct.qps.toFixed(0), 9)}${pad(r.search.direct.p50.toFixed(2), 9)}${pad(r.search.direct.p95.toFixed(2), 9)}`);
	console.log(`app/raw ratio: ${r.search.ratio.toFixed(3)}${r.search.app.non2xx || r.search.app.errors ? `  (warning: ${r.search.app.non2xx} non-2xx, ${r.search.app.errors} errors)` : ''}`);
	const l = r.loans;
	console.log(`loans at ${connections} connections, each a different copy:`);
	console.log(`${'app POST /api/v1/library/loans'.padEnd(36)}${pad(l.app.rps.toFixed(0), 9)}${pad(l.app.p50.toFixed(1), 9)}${pad(l.app.p95.toFixed(1), 9)}`);
	console.log(`${`raw update + insert (${l.raw.connections} conn.)`.padEnd(36)}${pad(l.raw.perSecond.toFixed(0), 9)}`);
	console.log(`app/raw ratio: ${l.ratio.toFixed(3)}; 201 answers ${l.app.created}, loans written ${l.appLoansWritten}, copies with two open loans ${l.copiesLentTwice}${l.app.non2xx || l.app.errors ? `  (${l.app.non2xx} non-2xx, ${l.app.errors} errors)` : ''}`);
}

export async function libraryBench(t: BenchTools, dir: string) {
	const out = [];
	const sqlitePath = join(dir, 'library.db');
	const db = createDb(`sqlite:${sqlitePath}`);
	await migrateToLatest(db);
	await db.close();
	const sqlite = new SqliteDatabase(sqlitePath, { timeout: 30_000 });
	sqlite.pragma('journal_mode = WAL');
	try {
		const r = await onDatabase(t, 'sqlite', `sqlite:${sqlitePath}`, { kind: 'sqlite', db: sqlite });
		print(r, t.connections);
		out.push(r);
	} finally {
		sqlite.close();
	}
	const server = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
	if (!server) {
		console.log('\nlibrary on postgres: skipped (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL)');
		return out;
	}
	const name = `suotdoi_bench_library_${Date.now()}`;
	const admin = new pg.Pool({ connectionString: server, max: 1 });
	await admin.query(`create database ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	const pool = new pg.Pool({ connectionString: url.toString(), max: t.connections });
	try {
		const r = await onDatabase(t, 'postgres', url.toString(), { kind: 'postgres', pool });
		print(r, t.connections);
		out.push(r);
	} finally {
		await pool.end();
		await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
		await admin.end();
	}
	return out;
}
