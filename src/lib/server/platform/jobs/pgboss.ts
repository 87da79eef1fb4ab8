/**
 * The job queue on PostgreSQL: pg-boss 10 (Node 20), on the app's own connection pool, its tables
 * in the `pgboss` schema (created on first use). Every process works the queues it defines;
 * pg-boss hands each job to one of them (SKIP LOCKED). A job held by a process that died is
 * failed by expiry and retried. Finished jobs leave within the hour and are deleted within a
 * day (a letter's text is not kept); dead letters stay 30 days, where they can be sent again.
 */
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db } from '../db';
import { UUID_RE } from '../ids';
import { errorText, scheduleOf, type FailedJob, type JobHandler, type Jobs, type JobsOptions, type QueuePolicy } from './types';

const SCHEMA = 'pgboss';
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function createPgBossJobs(db: Db, { pollSeconds = 2, lockSeconds = 15 * 60 }: JobsOptions = {}): Jobs {
	const pool = db.pgPool;
	if (!pool) throw new Error('pg-boss needs a PostgreSQL database');
	const boss = new PgBoss({
		db: { executeSql: (text, values) => pool.query(text, values) },
		schema: SCHEMA,
		archiveCompletedAfterSeconds: 60 * 60,
		deleteAfterDays: 1,
		archiveFailedAfterSeconds: 30 * 24 * 60 * 60,
		expireInSeconds: lockSeconds
	});
	boss.on('error', (e) => console.error(`jobs (pg-boss): ${errorText(e)}`));
	const queues = new Map<string, { policy: QueuePolicy; handler: JobHandler }>();
	const workers = new Map<string, string>();
	const schedules: { queue: string; minutes: number; about: string }[] = [];
	let opened: Promise<void> | null = null;

	const retryOptions = (p: QueuePolicy) => ({ retryLimit: p.retryLimit, retryDelay: p.retryDelay, retryBackoff: p.backoff, expireInSeconds: lockSeconds });

	/** pg-boss started (its schema installed or migrated) and the defined queues created. */
	function open(): Promise<void> {
		opened ??= (async () => {
			await boss.start();
			for (const [name, { policy }] of queues) {
				if (await boss.getQueue(name)) continue;
				try {
					await boss.createQueue(name, { name, ...retryOptions(policy) });
				} catch (e) {
					// another process created it at the same moment
					if ((e as { code?: string }).code !== '23505') throw e;
				}
			}
		})().catch((e: unknown) => {
			opened = null;
			throw e;
		});
		return opened;
	}

	const wake = (queue: string) => {
		const id = workers.get(queue);
		if (id) boss.notifyWorker(id);
	};

	return {
		kind: 'pg-boss',
		define(queue, policy, handler) {
			queues.set(queue, { policy, handler });
		},
		every(queue, minutes, about) {
			schedules.push(scheduleOf(queues, queue, minutes, about));
		},
		async send(queue, data, opts = {}) {
			const q = queues.get(queue);
			if (!q) throw new Error(`no queue named ${queue}`);
			await open();
			await boss.send(queue, data, { ...retryOptions(q.policy), ...(opts.startAfter && { startAfter: opts.startAfter }) });
			if (!opts.startAfter) wake(queue);
		},
		async start() {
			await open();
			// cron slots kept by pg-boss in the database: one job per slot whatever the number of processes
			for (const s of schedules) await boss.schedule(s.queue, s.minutes === 60 ? '0 * * * *' : `*/${s.minutes} * * * *`, { about: s.about });
			for (const [name, { handler }] of queues) {
				if (workers.has(name)) continue;
				const id = await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: pollSeconds, batchSize: 1 }, async ([job]) => {
					if (job) await handler(job.data as Parameters<JobHandler>[0]);
				});
				workers.set(name, id);
			}
		},
		async stop() {
			if (!opened) return;
			await opened.catch(() => undefined);
			await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
			workers.clear();
			opened = null;
		},
		async failed(limit = 100) {
			await open();
			const r = await sql<{ id: string; name: string; about: string | null; retry_count: number; error: string | null; created_on: Date; completed_on: Date | null }>`
				select id, name, data->>'about' as about, retry_count, coalesce(output->>'message', output->'value'->>'message') as error, created_on, completed_on
				from ${sql.table(`${SCHEMA}.job`)} where state = 'failed' order by completed_on desc nulls last limit ${limit}`.execute(db.kysely);
			return r.rows.map((x): FailedJob => ({ id: x.id, queue: x.name, about: x.about ?? '', attempts: Number(x.retry_count) + 1, error: x.error ?? '', createdAt: iso(x.created_on)!, failedAt: iso(x.completed_on) }));
		},
		async retry(id) {
			if (!UUID_RE.test(id)) return false;
			await open();
			const r = await sql<{ name: string }>`select name from ${sql.table(`${SCHEMA}.job`)} where id = ${id}::uuid and state = 'failed'`.execute(db.kysely);
			const name = r.rows[0]?.name;
			if (!name) return false;
			await boss.retry(name, id);
			wake(name);
			return true;
		},
		async counts() {
			await open();
			const r = await sql<{ state: string; n: number }>`select state, count(*)::int as n from ${sql.table(`${SCHEMA}.job`)} where state <> 'completed' and state <> 'cancelled' group by state`.execute(db.kysely);
			const n = (pred: (s: string) => boolean) => r.rows.filter((x) => pred(x.state)).reduce((a, x) => a + Number(x.n), 0);
			return { waiting: n((s) => s !== 'failed'), failed: n((s) => s === 'failed') };
		}
	};
}
