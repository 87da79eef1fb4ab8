/**
 * The funds section of `npm run bench` (BENCH_ONLY=funds runs it alone), on the embedded
 * database and, when BENCH_POSTGRES_URL or TEST_POSTGRES_URL names a server, on PostgreSQL:
 *
 * 1. Donations posted to one fund through the API at CONNECTIONS concurrent connections (each
 *    one written holding the fund, numbered, chained, with its receipt, audited), beside rows
 *    inserted straight into the same table (fund_entries) for as long: on PostgreSQL by as many
 *    connections, each insert its own transaction; on SQLite by one connection (SQLite has one
 *    writer), each insert its own transaction. The ratio is app/raw.
 * 2. A fund whose book holds BENCH_FUND_ENTRIES entries (1,000,000 by default, chained as the
 *    app chains them): its public page and its public JSON made afresh (no-cache) and from the
 *    page cache, and its balance (GET /api/v1/funds/{id}, signed in), each under load; p50, p95
 *    and p99 latencies.
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest } from '../src/lib/server/platform/db';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { newId } from '../src/lib/server/platform/ids';
import { entryHash, GENESIS } from '../src/lib/server/core/funds/funds.rules';
import { freePort } from '../tests/e2e/servers';

export interface BenchTools {
	root: string;
	connections: number;
	seconds: number;
	start(cmd: string[], env: Record<string, string>, readyText: string | null, url: string): Promise<ChildProcess>;
}

const ENTRIES = Number(process.env.BENCH_FUND_ENTRIES ?? 1_000_000);
const DONATION = { amount: 150_000, method: 'cash', donorKind: 'person', donorName: 'Người ủng hộ thử tải', donorPublic: false, receivedOn: '2026-11-20' };

const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]! : 0);

/** Load on one request for the run's length: answers per second and the latency of each answer. */
async function timed(url: string, seconds: number, connections: number, opts: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {}) {
	const times: number[] = [];
	const r = await new Promise<autocannon.Result>((resolve, reject) => {
		const inst = autocannon({ url, connections, duration: seconds, pipelining: 1, method: opts.method ?? 'GET', headers: opts.headers, body: opts.body }, (err, res) => (err ? reject(err) : resolve(res)));
		inst.on('response', (_c, _status, _bytes, ms) => times.push(ms));
	});
	times.sort((a, b) => a - b);
	return { rps: r.requests.average, total: r.requests.total, p50: pct(times, 0.5), p95: pct(times, 0.95), p99: pct(times, 0.99), non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

async function signIn(appUrl: string, login: string): Promise<string> {
	const r = await fetch(appUrl + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: DEMO_PASSWORD }) });
	const cookie = r.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('sd_session='));
	if (r.status !== 201 || !cookie) throw new Error(`${login} could not sign in (${r.status})`);
	return cookie;
}

type Raw = { kind: 'sqlite'; db: SqliteDatabase.Database } | { kind: 'postgres'; pool: pg.Pool };

const FIELDS = ['id', 'fund_id', 'seq', 'kind', 'delta', 'method', 'item', 'party_kind', 'party_name', 'party_public', 'purpose', 'reverses_entry_id', 'occurred_on', 'note', 'created_by_account_id', 'created_at', 'prev_hash', 'hash'] as const;

/** A fund of its own for the raw inserts or the long book, opened straight in the table. */
export async function rawFund(raw: Raw, unitId: string, name: string): Promise<string> {
	const id = newId();
	const at = new Date().toISOString();
	const row = [id, name, 'association_branch', unitId, '', 0, 0, GENESIS, 'open', at, at];
	const sqlText = `insert into funds (id, name, owner_kind, unit_id, description, balance, entry_count, last_hash, status, created_at, updated_at) values (${row.map((_, i) => (raw.kind === 'postgres' ? `$${i + 1}` : '?')).join(', ')})`;
	if (raw.kind === 'sqlite') raw.db.prepare(sqlText).run(...row);
	else await raw.pool.query(sqlText, row);
	return id;
}

/**
 * Rows inserted straight into fund_entries for `seconds`, each its own transaction: on SQLite by
 * one connection, on PostgreSQL by `connections` at once (sequence numbers handed out in order).
 */
async function rawInserts(raw: Raw, fundId: string, seconds: number, connections: number) {
	let seq = 0;
	const at = new Date().toISOString();
	const values = () => [newId(), fundId, ++seq, 'donation', DONATION.amount, 'cash', null, 'person', 'Người ủng hộ thử tải', 0, null, null, DONATION.receivedOn, null, null, at, GENESIS, GENESIS];
	const until = Date.now() + seconds * 1000;
	if (raw.kind === 'sqlite') {
		const ins = raw.db.prepare(`insert into fund_entries (${FIELDS.join(', ')}) values (${FIELDS.map(() => '?').join(', ')})`);
		let n = 0;
		while (Date.now() < until) {
			ins.run(...values());
			n++;
		}
		return n / seconds;
	}
	const text = `insert into fund_entries (${FIELDS.join(', ')}) values (${FIELDS.map((_, i) => `$${i + 1}`).join(', ')})`;
	let n = 0;
	await Promise.all(
		Array.from({ length: connections }, async () => {
			const c = await raw.pool.connect();
			try {
				while (Date.now() < until) {
					await c.query(text, values());
					n++;
				}
			} finally {
				c.release();
			}
		})
	);
	return n / seconds;
}

/**
 * A book of n entries chained as the app chains them (donations of every kind, payments now and
 * then, over ten years), written in batches, and the fund's row brought level with it.
 */
export async function fillBook(raw: Raw, fundId: string, n: number) {
	const at = new Date().toISOString();
	let prev = GENESIS;
	let balance = 0;
	const BATCH = 2000;
	const insertSqlite = raw.kind === 'sqlite' ? raw.db.prepare(`insert into fund_entries (${FIELDS.join(', ')}) values (${FIELDS.map(() => '?').join(', ')})`) : null;
	for (let start = 1; start <= n; start += BATCH) {
		const rows: unknown[][] = [];
		for (let seq = start; seq < Math.min(n + 1, start + BATCH); seq++) {
			const pay = seq % 10 === 0 && balance >= 1_000_000;
			const delta = pay ? -1_000_000 : [200_000, 500_000, 1_000_000, 300_000][seq % 4]!;
			const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((seq / n) * 3650) * 86_400_000).toISOString().slice(0, 10);
			const e = {
				id: newId(),
				fund_id: fundId,
				seq,
				kind: pay ? 'disbursement' : 'donation',
				delta,
				method: pay ? null : (['cash', 'bank_transfer', 'cash', 'in_kind'] as const)[seq % 4]!,
				item: !pay && seq % 4 === 3 ? 'Sách vở, quy ra tiền' : null,
				party_kind: pay ? 'payee' : 'person',
				party_name: pay ? `Học sinh số ${seq}` : `Người ủng hộ số ${seq % 5000}`,
				party_public: seq % 3 === 0 ? 1 : 0,
				purpose: pay ? (['scholarship', 'reward', 'expense'] as const)[seq % 3]! : null,
				reverses_entry_id: null,
				occurred_on: day,
				note: null,
				created_by_account_id: null,
				created_at: at,
				prev_hash: prev
			};
			const hash = entryHash(e);
			prev = hash;
			balance += delta;
			rows.push([...FIELDS.slice(0, -1).map((f) => e[f as keyof typeof e]), hash]);
		}
		if (raw.kind === 'sqlite') raw.db.transaction(() => rows.forEach((r) => insertSqlite!.run(...r)))();
		else {
			const cols = FIELDS.map((_, i) => rows.map((r) => r[i]));
			const types = ['text', 'text', 'int', 'text', 'bigint', 'text', 'text', 'text', 'text', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];
			await raw.pool.query(`insert into fund_entries (${FIELDS.join(', ')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`, cols);
		}
	}
	// the running totals the public pages read, as the app keeps them with each entry
	const totals = `insert into fund_month_totals (fund_id, month, line, amount, entries)
		select fund_id, substr(occurred_on, 1, 7), case when method is not null then 'in:' || method else 'out:' || purpose end, sum(delta), count(*)
		from fund_entries where fund_id = ${raw.kind === 'sqlite' ? '?' : '$1'} group by fund_id, substr(occurred_on, 1, 7), case when method is not null then 'in:' || method else 'out:' || purpose end`;
	if (raw.kind === 'sqlite') raw.db.prepare(totals).run(fundId);
	else await raw.pool.query(totals, [fundId]);
	const set = [balance, n, prev, fundId];
	if (raw.kind === 'sqlite') raw.db.prepare('update funds set balance = ?, entry_count = ?, last_hash = ? where id = ?').run(...set);
	else await raw.pool.query('update funds set balance = $1, entry_count = $2, last_hash = $3 where id = $4', set);
	if (raw.kind === 'sqlite') raw.db.pragma('optimize');
	else await raw.pool.query('analyze fund_entries');
	return balance;
}

/** One database: start the app on it, post donations, then the long book's pages. */
async function onDatabase(t: BenchTools, label: 'sqlite' | 'postgres', dbUrl: string, raw: Raw) {
	const db = createDb(dbUrl);
	await migrateToLatest(db);
	const services = buildServices(db);
	await seedDemo(services, { news: false, residents: false });
	const admin = await services.accounts.commandLineAuth('admin');
	const meLinh = (await services.funds.list(admin, {})).items.find((f) => f.name === 'Quỹ Khuyến học xã Mê Linh')!;
	const unitId = meLinh.unitId;
	await services.shutdown();

	const port = await freePort();
	const appUrl = `http://127.0.0.1:${port}`;
	const child = await t.start([join(t.root, 'server.js')], { DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: appUrl }, null, `${appUrl}/api/v1/health`);
	try {
		const cookie = await signIn(appUrl, 'melinh.khuyenhoc');
		const post = { method: 'POST' as const, headers: { cookie, 'content-type': 'application/json', origin: appUrl }, body: JSON.stringify(DONATION) };
		const donationsUrl = `${appUrl}/api/v1/funds/${meLinh.id}/donations`;
		await timed(donationsUrl, 2, t.connections, post);
		const app = await timed(donationsUrl, t.seconds, t.connections, post);
		// the app answers what is still queued before the raw inserts take the database
		await new Promise((ok) => setTimeout(ok, 3000));
		const rawFundId = await rawFund(raw, unitId, 'Quỹ thử tải (chèn trực tiếp)');
		const rawRate = await rawInserts(raw, rawFundId, t.seconds, t.connections);
		const donations = { app: { perSecond: app.rps, p50: app.p50, p95: app.p95, p99: app.p99, non2xx: app.non2xx, errors: app.errors }, raw: { perSecond: rawRate, connections: label === 'sqlite' ? 1 : t.connections }, ratio: app.rps / rawRate };

		const t0 = performance.now();
		const bigId = await rawFund(raw, unitId, `Quỹ thử tải (${ENTRIES.toLocaleString('vi-VN')} bút toán)`);
		const balance = await fillBook(raw, bigId, ENTRIES);
		const fillSeconds = (performance.now() - t0) / 1000;
		const staff = await signIn(appUrl, 'kiemtoan');
		const NO_CACHE = { 'cache-control': 'no-cache' };
		const runs: { what: string; path: string; headers: Record<string, string> }[] = [
			{ what: 'public page, afresh', path: `/funds/${bigId}`, headers: NO_CACHE },
			{ what: 'public page, cached', path: `/funds/${bigId}`, headers: {} },
			{ what: 'public JSON, afresh', path: `/api/v1/funds/${bigId}/public`, headers: NO_CACHE },
			{ what: 'balance (signed in)', path: `/api/v1/funds/${bigId}`, headers: { cookie: staff } }
		];
		const check = (await (await fetch(`${appUrl}/api/v1/funds/${bigId}`, { headers: { cookie: staff } })).json()) as { balance: number; entries: number };
		if (check.balance !== balance || check.entries !== ENTRIES) throw new Error(`the long book reads ${check.entries} entries and ${check.balance} đồng`);
		const pages = [];
		for (const r of runs) {
			await timed(appUrl + r.path, 2, t.connections, { headers: r.headers });
			pages.push({ ...r, ...(await timed(appUrl + r.path, t.seconds, t.connections, { headers: r.headers })) });
		}
		return { database: label, donations, book: { entries: ENTRIES, fillSeconds, pages } };
	} finally {
		const exited = new Promise((ok) => child.once('exit', ok));
		child.kill('SIGTERM');
		await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
	}
}

function print(r: Awaited<ReturnType<typeof onDatabase>>, connections: number) {
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	const d = r.donations;
	console.log(`\nfunds on ${r.database}: donations posted to one fund at ${connections} connections beside raw inserts into fund_entries`);
	console.log(`${''.padEnd(34)}${pad('per s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}`);
	console.log(`${'app POST …/donations'.padEnd(34)}${pad(d.app.perSecond.toFixed(0), 9)}${pad(d.app.p50.toFixed(0), 9)}${pad(d.app.p95.toFixed(0), 9)}${pad(d.app.p99.toFixed(0), 9)}`);
	console.log(`${`raw insert (${d.raw.connections} connection${d.raw.connections > 1 ? 's' : ''})`.padEnd(34)}${pad(d.raw.perSecond.toFixed(0), 9)}`);
	console.log(`app/raw ratio: ${d.ratio.toFixed(3)}${d.app.non2xx || d.app.errors ? `  (warning: ${d.app.non2xx} non-2xx, ${d.app.errors} errors)` : ''}`);
	console.log(`a book of ${r.book.entries.toLocaleString('en')} entries (written and chained in ${r.book.fillSeconds.toFixed(0)} s):`);
	console.log(`${'GET'.padEnd(34)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}`);
	for (const p of r.book.pages) console.log(`${p.what.padEnd(34)}${pad(p.rps.toFixed(0), 9)}${pad(p.p50.toFixed(0), 9)}${pad(p.p95.toFixed(0), 9)}${pad(p.p99.toFixed(0), 9)}${p.non2xx || p.errors ? `  (warning: ${p.non2xx} non-2xx, ${p.errors} errors)` : ''}`);
}

export async function fundsBench(t: BenchTools, dir: string) {
	const out = [];
	const sqlitePath = join(dir, 'funds.db');
	const sqlite = new SqliteDatabase(sqlitePath, { timeout: 30_000 });
	try {
		// the schema comes from the app's migrations; the raw side opens the same file
		const r = await (async () => {
			const db = createDb(`sqlite:${sqlitePath}`);
			await migrateToLatest(db);
			await db.close();
			sqlite.pragma('journal_mode = WAL');
			return onDatabase(t, 'sqlite', `sqlite:${sqlitePath}`, { kind: 'sqlite', db: sqlite });
		})();
		print(r, t.connections);
		out.push(r);
	} finally {
		sqlite.close();
	}
	const server = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
	if (!server) {
		console.log('\nfunds on postgres: skipped (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL)');
		return out;
	}
	const name = `suotdoi_bench_${Date.now()}`;
	const admin = new pg.Client({ connectionString: server });
	await admin.connect();
	await admin.query(`create database ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	const pool = new pg.Pool({ connectionString: url.href, max: t.connections });
	// connections the server drops when the bench's database goes are no failure of the run
	pool.on('error', () => undefined);
	try {
		const r = await onDatabase(t, 'postgres', url.href, { kind: 'postgres', pool });
		print(r, t.connections);
		out.push(r);
	} finally {
		await pool.end();
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
	return out;
}
