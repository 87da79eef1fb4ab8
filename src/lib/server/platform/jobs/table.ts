/**
 * The job queue on SQLite: a row per job in `jobs`. A worker takes the next due job with one
 * UPDATE … RETURNING (SQLite writes one at a time, so two processes never take the same job),
 * runs it, and deletes it; a failure puts it back with a delay, or, past its retries, marks it
 * failed. A job held by a process that died is taken again once its lock runs out.
 */
import { sql } from 'kysely';
import type { Db } from '../db';
import { newId } from '../ids';
import { errorText, scheduleOf, type FailedJob, type JobData, type JobHandler, type Jobs, type JobsOptions, type QueuePolicy } from './types';

interface JobRow {
	id: string;
	queue: string;
	data_json: string;
	attempts: number;
	retry_limit: number;
	retry_delay: number;
	backoff: number;
}

export function createTableJobs(db: Db, { pollSeconds = 1, lockSeconds = 15 * 60 }: JobsOptions = {}): Jobs {
	const k = db.kysely;
	const queues = new Map<string, { policy: QueuePolicy; handler: JobHandler }>();
	const iso = (ms: number) => new Date(ms).toISOString();
	let started = false;
	let timer: NodeJS.Timeout | null = null;
	let running: Promise<void> | null = null;
	let again = false;
	const schedules: { queue: string; minutes: number; about: string }[] = [];
	const clocks: NodeJS.Timeout[] = [];

	async function take(): Promise<JobRow | undefined> {
		const now = Date.now();
		const names = [...queues.keys()];
		const r = await sql<JobRow>`update jobs set state = 'active', attempts = attempts + 1, locked_until = ${iso(now + lockSeconds * 1000)}
			where id = (select id from jobs where queue in (${sql.join(names)})
				and ((state = 'waiting' and run_at <= ${iso(now)}) or (state = 'active' and locked_until <= ${iso(now)}))
				order by run_at, id limit 1)
			returning id, queue, data_json, attempts, retry_limit, retry_delay, backoff`.execute(k);
		return r.rows[0];
	}

	async function run(job: JobRow): Promise<void> {
		try {
			await queues.get(job.queue)!.handler(JSON.parse(job.data_json));
			await k.deleteFrom('jobs').where('id', '=', job.id).execute();
		} catch (e) {
			const now = Date.now();
			if (job.attempts > job.retry_limit) {
				await k.updateTable('jobs').set({ state: 'failed', failed_at: iso(now), last_error: errorText(e), locked_until: null }).where('id', '=', job.id).execute();
				console.error(`job ${job.queue} ${job.id} failed for good after ${job.attempts} attempt(s): ${errorText(e)}`);
			} else {
				const delay = job.retry_delay * (job.backoff ? 2 ** (job.attempts - 1) : 1);
				await k.updateTable('jobs').set({ state: 'waiting', run_at: iso(now + delay * 1000), last_error: errorText(e), locked_until: null }).where('id', '=', job.id).execute();
			}
		}
	}

	async function send(queue: string, data: JobData, opts: { startAfter?: Date } = {}): Promise<void> {
		const q = queues.get(queue);
		if (!q) throw new Error(`no queue named ${queue}`);
		const now = Date.now();
		await k
			.insertInto('jobs')
			.values({ id: newId(), queue, data_json: JSON.stringify(data), state: 'waiting', attempts: 0, retry_limit: q.policy.retryLimit, retry_delay: q.policy.retryDelay, backoff: q.policy.backoff ? 1 : 0, key: null, run_at: iso(opts.startAfter?.getTime() ?? now), locked_until: null, last_error: null, created_at: iso(now), failed_at: null })
			.execute();
		if (!opts.startAfter) setImmediate(tick);
	}

	/** A scheduled job, unless one of the queue already waits (another process queued it). */
	async function scheduled(queue: string, about: string): Promise<void> {
		const waiting = await k.selectFrom('jobs').select('id').where('queue', '=', queue).where('state', 'in', ['waiting', 'active']).executeTakeFirst();
		if (!waiting) await send(queue, { about });
	}

	/** Runs due jobs one after another until none is due; a call while running runs once more after. */
	function tick(): void {
		if (!started || !queues.size) return;
		if (running) {
			again = true;
			return;
		}
		running = (async () => {
			do {
				again = false;
				for (let job = await take(); job && started; job = started ? await take() : undefined) await run(job);
			} while (again && started);
		})()
			.catch((e) => console.error(`jobs: ${errorText(e)}`))
			.finally(() => {
				running = null;
			});
	}

	return {
		kind: 'table',
		define(queue, policy, handler) {
			queues.set(queue, { policy, handler });
		},
		every(queue, minutes, about) {
			schedules.push(scheduleOf(queues, queue, minutes, about));
		},
		send,
		async start() {
			if (started) return;
			started = true;
			timer = setInterval(tick, pollSeconds * 1000);
			timer.unref();
			for (const s of schedules) {
				const t = setInterval(() => void scheduled(s.queue, s.about).catch((e: unknown) => console.error(`jobs: ${errorText(e)}`)), s.minutes * 60_000);
				t.unref();
				clocks.push(t);
			}
			tick();
		},
		async stop() {
			started = false;
			if (timer) clearInterval(timer);
			timer = null;
			for (const t of clocks.splice(0)) clearInterval(t);
			await running;
		},
		async failed(limit = 100) {
			const rows = await k.selectFrom('jobs').select(['id', 'queue', 'data_json', 'attempts', 'last_error', 'created_at', 'failed_at']).where('state', '=', 'failed').orderBy('failed_at', 'desc').limit(limit).execute();
			return rows.map((r): FailedJob => ({ id: r.id, queue: r.queue, about: String((JSON.parse(r.data_json) as { about?: unknown }).about ?? ''), attempts: Number(r.attempts), error: r.last_error ?? '', createdAt: r.created_at, failedAt: r.failed_at }));
		},
		async retry(id) {
			const r = await k.updateTable('jobs').set({ state: 'waiting', run_at: iso(Date.now()), retry_limit: sql`attempts`, failed_at: null }).where('id', '=', id).where('state', '=', 'failed').executeTakeFirst();
			setImmediate(tick);
			return Number(r.numUpdatedRows) > 0;
		},
		async counts() {
			const rows = await k.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
			const n = (s: string) => rows.filter((r) => (s === 'failed' ? r.state === 'failed' : r.state !== 'failed')).reduce((a, r) => a + Number(r.n), 0);
			return { waiting: n('waiting'), failed: n('failed') };
		}
	};
}
