/**
 * The Week section of `npm run bench` (BENCH_ONLY=week runs it alone), on the embedded database:
 *
 * 1. An online contest: CONTESTANTS people (2,000 by default), each signed in with a session of
 *    their own, start their one attempt and then all submit, as fast as CONNECTIONS concurrent
 *    connections carry them: throughput, p50/p95/p99 and errors, and whether all 2,000 arrive
 *    within one minute. Every attempt is then checked to be submitted once.
 * 2. Check-ins at the door: as many tickets checked in through POST /api/v1/check-ins at
 *    CONNECTIONS connections (each code twice, the second answering "already"), and the count of
 *    check-ins written afterwards, which must equal the tickets.
 * The baseline, measured in the same run at the same connections, is GET /api/v1/health (the app's
 * floor: a request that only asks the database `select 1`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { buildServices } from '../src/lib/server/app';
import { createDb, migrateToLatest } from '../src/lib/server/platform/db';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { newId } from '../src/lib/server/platform/ids';
import { demoId } from '../src/lib/server/core/places/demo/load';
import { newTicketCode } from '../src/lib/server/core/events/events.service';
import { freePort } from '../tests/e2e/servers';
import type { BenchTools } from './funds';

const CONTESTANTS = Number(process.env.BENCH_CONTESTANTS ?? 2000);
const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]! : 0);

/** Sends every request through `connections` workers; answers the rate, latencies and failures. */
async function pool<T>(items: T[], connections: number, send: (item: T) => Promise<Response>) {
	const times: number[] = [];
	let failed = 0;
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (next < items.length) {
				const item = items[next++]!;
				const s = performance.now();
				try {
					const r = await send(item);
					await r.arrayBuffer();
					if (!r.ok) failed++;
				} catch {
					failed++;
				}
				times.push(performance.now() - s);
			}
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	times.sort((a, b) => a - b);
	return { requests: items.length, seconds, perSecond: items.length / seconds, p50: pct(times, 0.5), p95: pct(times, 0.95), p99: pct(times, 0.99), errors: failed };
}

export async function weekBench(t: BenchTools, dir: string) {
	const path = join(dir, 'week.db');
	const dbUrl = `sqlite:${path}`;
	const db = createDb(dbUrl);
	await migrateToLatest(db);
	const services = buildServices(db);
	await seedDemo(services, { news: false, residents: false, funds: false, week: false });
	const admin = await services.accounts.commandLineAuth('admin');
	const now = Date.now();
	const local = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
	const contest = await services.contests.create(admin, {
		title: 'Cuộc thi thử tải',
		unitId: demoId('hn'),
		opensAt: local(now - 3_600_000),
		closesAt: local(now + 3 * 3_600_000),
		questionCount: 10,
		timeLimitSeconds: 1800,
		questions: Array.from({ length: 40 }, (_, i) => ({ prompt: `Câu hỏi thử tải số ${i + 1}`, choices: ['Một', 'Hai', 'Ba', 'Bốn'], answer: i % 4 }))
	});
	const event = await services.events.create(admin, { title: 'Sự kiện thử tải', kind: 'talk', venue: 'Hội trường', startsAt: local(now), endsAt: local(now + 3_600_000), capacity: 100_000, unitId: demoId('xa-quang-minh') });
	await services.shutdown();

	// the contestants and their sessions, and the event's tickets, written straight into the tables
	const raw = new SqliteDatabase(path, { timeout: 30_000 });
	const at = new Date().toISOString();
	const later = new Date(now + 24 * 3_600_000).toISOString();
	const cookies: string[] = [];
	const codes: string[] = [];
	raw.transaction(() => {
		const acc = raw.prepare(`insert into accounts (id, login, display_name, email, password_hash, status, created_at, updated_at) values (?, ?, ?, null, '!', 'active', ?, ?)`);
		const ses = raw.prepare(`insert into sessions (id, account_id, created_at, last_seen_at, idle_expires_at, expires_at, ip, user_agent, revoked_at) values (?, ?, ?, ?, ?, ?, null, 'bench', null)`);
		const reg = raw.prepare(`insert into event_registrations (id, event_id, account_id, resident_id, name, phone, email, status, ticket_code, walk_in, client_key, created_by_account_id, created_at, updated_at) values (?, ?, null, null, ?, null, null, 'registered', ?, 0, null, null, ?, ?)`);
		for (let i = 0; i < CONTESTANTS; i++) {
			const id = newId();
			acc.run(id, `thi-sinh-${i}`, `Thí sinh số ${i + 1}`, at, at);
			const token = randomBytes(32).toString('base64url');
			ses.run(createHash('sha256').update(token).digest('hex'), id, at, at, later, later);
			cookies.push(`sd_session=${token}`);
			const code = newTicketCode();
			reg.run(newId(), event.id, `Người tham dự số ${i + 1}`, code, at, at);
			codes.push(code);
		}
		raw.prepare(`update events set taken_count = ? where id = ?`).run(CONTESTANTS, event.id);
	})();

	const port = await freePort();
	const appUrl = `http://127.0.0.1:${port}`;
	const child = await t.start([join(t.root, 'server.js')], { DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: appUrl }, null, `${appUrl}/api/v1/health`);
	try {
		const json = (cookie: string, body: unknown) => ({ method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: appUrl }, body: JSON.stringify(body) });
		const baseline = await pool(Array.from({ length: CONTESTANTS }), t.connections, () => fetch(`${appUrl}/api/v1/health`));
		const attempts: { cookie: string; id: string; n: number }[] = [];
		const starts = await pool(cookies, t.connections, async (cookie) => {
			const r = await fetch(`${appUrl}/api/v1/contests/${contest.id}/attempts`, json(cookie, {}));
			if (r.ok) {
				const a = (await r.clone().json()) as { id: string; questions: unknown[] };
				attempts.push({ cookie, id: a.id, n: a.questions.length });
			}
			return r;
		});
		const submits = await pool(attempts, t.connections, (a) => fetch(`${appUrl}/api/v1/contest-attempts/${a.id}/submission`, json(a.cookie, { answers: Array.from({ length: a.n }, (_, i) => i % 4) })));
		const submitted = Number((raw.prepare(`select count(*) as n from contest_attempts where contest_id = ? and submitted_at is not null`).get(contest.id) as { n: number }).n);

		// check-ins: an officer of the commune at the door, each ticket scanned twice
		const signIn = await fetch(`${appUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'quangminh.canbo', password: DEMO_PASSWORD }) });
		const officer = signIn.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith('sd_session='))!;
		const scans = codes.flatMap((c, i) => (i % 2 ? [c, c] : [c, c.toLowerCase()]));
		const checkIns = await pool(scans, t.connections, (code) => fetch(`${appUrl}/api/v1/check-ins`, json(officer, { code })));
		const written = Number((raw.prepare(`select count(*) as n from event_check_ins where event_id = ?`).get(event.id) as { n: number }).n);

		const out = { database: 'sqlite', connections: t.connections, baseline, contest: { contestants: CONTESTANTS, starts, submits, submitted, withinOneMinute: submits.seconds <= 60, ratio: submits.perSecond / baseline.perSecond }, checkIns: { tickets: codes.length, scans: scans.length, ...checkIns, written, ratio: checkIns.perSecond / baseline.perSecond } };
		print(out);
		return out;
	} finally {
		raw.close();
		const exited = new Promise((ok) => child.once('exit', ok));
		child.kill('SIGTERM');
		await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
	}
}

function print(r: { connections: number; baseline: Awaited<ReturnType<typeof pool>>; contest: { contestants: number; starts: Awaited<ReturnType<typeof pool>>; submits: Awaited<ReturnType<typeof pool>>; submitted: number; withinOneMinute: boolean; ratio: number }; checkIns: Awaited<ReturnType<typeof pool>> & { tickets: number; scans: number; written: number; ratio: number } }) {
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	const line = (what: string, x: Awaited<ReturnType<typeof pool>>) => console.log(`${what.padEnd(40)}${pad(x.requests, 7)}${pad(x.seconds.toFixed(1), 8)}${pad(x.perSecond.toFixed(0), 8)}${pad(x.p50.toFixed(0), 8)}${pad(x.p95.toFixed(0), 8)}${pad(x.p99.toFixed(0), 8)}${pad(x.errors, 8)}`);
	console.log(`\nweek on sqlite at ${r.connections} connections`);
	console.log(`${''.padEnd(40)}${pad('reqs', 7)}${pad('s', 8)}${pad('per s', 8)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}${pad('p99 ms', 8)}${pad('errors', 8)}`);
	line('GET /health (baseline)', r.baseline);
	line('contest: start an attempt', r.contest.starts);
	line('contest: submit', r.contest.submits);
	line('check-in (each ticket twice)', r.checkIns);
	console.log(`contest: ${r.contest.submitted}/${r.contest.contestants} submitted, all within one minute: ${r.contest.withinOneMinute ? 'yes' : 'NO'}; submit/baseline ratio ${r.contest.ratio.toFixed(3)}`);
	console.log(`check-ins: ${r.checkIns.written} written for ${r.checkIns.tickets} tickets scanned ${r.checkIns.scans} times${r.checkIns.written === r.checkIns.tickets ? '' : '  (WRONG)'}; check-in/baseline ratio ${r.checkIns.ratio.toFixed(3)}`);
}
