/**
 * The titles section of `npm run bench` (BENCH_ONLY=titles runs it alone), on the embedded
 * database loaded with the whole demo (about 60,000 residents in their households):
 *
 * 1. Scoring every household of the demo from its members' learning records, as the app scores
 *    a self-assessment (members, their class sessions, completions and certificates in the year,
 *    summed and scored under the learning-family set), beside one SQL aggregate over the same
 *    tables giving the same figures per household. The ratio is app/SQL.
 * 2. The officer's figures page (/console/titles/figures) under load, signed in: p50, p95, p99.
 */
import autocannon from 'autocannon';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest } from '../src/lib/server/platform/db';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { scoreSet } from '../src/lib/server/core/criteria/criteria.rules';
import { freePort } from '../tests/e2e/servers';
import type { BenchTools } from './funds';

const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]! : 0);

export async function titlesBench(t: BenchTools, dir: string) {
	const dbUrl = `sqlite:${join(dir, 'titles.db')}`;
	const db = createDb(dbUrl);
	await migrateToLatest(db);
	const s = buildServices(db);
	const t0 = performance.now();
	await seedDemo(s);
	const seeded = performance.now() - t0;
	const k = db.kysely;
	const year = Number(new Date().toISOString().slice(0, 4));
	const admin = await s.accounts.commandLineAuth('admin');
	const set = await s.titles.criteriaFor(admin, 'family');
	const limit = Number(process.env.BENCH_TITLES_HOUSEHOLDS ?? 1_000_000);
	const households = (await k.selectFrom('households').select('id').orderBy('id').limit(limit).execute()).map((h) => h.id);

	// 1. the app's way, one household after another
	const a0 = performance.now();
	let passed = 0;
	let hoursApp = 0;
	for (const id of households) {
		const ev = await s.titles.lookups.evidenceOf({ kind: 'family', subject_id: id, year });
		hoursApp += ev.metrics.class_sessions;
		if (scoreSet(set, {}, ev.metrics).passed) passed++;
	}
	const app = performance.now() - a0;
	// the same figures in one aggregate
	const q0 = performance.now();
	const from = `${year}-01-01`;
	const to = `${year}-12-31`;
	const rows = await sql<{ household_id: string; sessions: number; completions: number; certificates: number }>`
		select p.household_id,
			(select count(*) from attendance a join enrolments e on e.id = a.enrolment_id join class_sessions cs on cs.id = a.session_id
				where a.present = 1 and e.resident_id = p.id and cs.date between ${from} and ${to}) as sessions,
			(select count(*) from completions m where m.resident_id = p.id and m.completed_at between ${from} and ${to + 'T23:59:59.999Z'}) as completions,
			(select count(*) from certificates c where c.resident_id = p.id and c.revoked_at is null and c.issued_on between ${from} and ${to}) as certificates
		from residents p where p.household_id is not null and p.status = 'active'`.execute(k);
	const perHousehold = new Map<string, number>();
	for (const r of rows.rows) perHousehold.set(r.household_id, (perHousehold.get(r.household_id) ?? 0) + Number(r.sessions));
	const aggregate = performance.now() - q0;
	const sessionsSql = households.reduce((a, id) => a + (perHousehold.get(id) ?? 0), 0);
	await db.close();
	const scoring = { households: households.length, appMs: Math.round(app), sqlMs: Math.round(aggregate), ratio: app / aggregate, perHouseholdMs: app / households.length, passed, sessionsApp: hoursApp, sessionsSql, seededMs: Math.round(seeded) };
	console.log(`\ntitles — the demo loaded in ${(seeded / 1000).toFixed(1)} s`);
	console.log(`scoring ${households.length} households from records: app ${(app / 1000).toFixed(2)} s (${scoring.perHouseholdMs.toFixed(2)} ms each), one SQL aggregate ${(aggregate / 1000).toFixed(2)} s, ratio ${scoring.ratio.toFixed(1)}; class sessions counted: app ${hoursApp}, SQL ${sessionsSql}${hoursApp === sessionsSql ? ' (equal)' : ' (DIFFER)'}`);

	// 2. the figures page under load
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = await t.start([join(t.root, 'server.js')], { DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url }, null, `${url}/api/v1/health`);
	try {
		const r = await fetch(url + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'quangminh.canbo', password: DEMO_PASSWORD }) });
		const cookie = r.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith('sd_session='))!;
		const times: number[] = [];
		const res = await new Promise<autocannon.Result>((resolve, reject) => {
			const inst = autocannon({ url: `${url}/console/titles/figures`, connections: t.connections, duration: t.seconds, headers: { cookie } }, (err, out) => (err ? reject(err) : resolve(out)));
			inst.on('response', (_c, _status, _bytes, ms) => times.push(ms));
		});
		times.sort((a, b) => a - b);
		const page = { rps: res.requests.average, p50: pct(times, 0.5), p95: pct(times, 0.95), p99: pct(times, 0.99), non2xx: res.non2xx };
		console.log(`figures page (signed in, ${t.connections} connections, ${t.seconds} s): ${page.rps.toFixed(0)} req/s, p50 ${Math.round(page.p50)} ms, p95 ${Math.round(page.p95)} ms, p99 ${Math.round(page.p99)} ms${page.non2xx ? `, ${page.non2xx} non-2xx` : ''}`);
		return { scoring, figuresPage: page };
	} finally {
		child.kill('SIGTERM');
	}
}
