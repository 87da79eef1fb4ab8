/**
 * The job queue on both databases (a table on SQLite, pg-boss on PostgreSQL): a job runs once,
 * a failing one is retried and then kept as a dead letter, sent again on request, and a job
 * queued by a process that goes away is run by another one.
 */
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases';
import { until } from '../../testing/until';
import { createJobs } from './index';
import type { JobData, Jobs } from './types';

describeEachDatabase('platform: background jobs', {}, (get) => {
	const quick = { retryLimit: 2, retryDelay: 1, backoff: false };

	async function withJobs<T>(fn: (jobs: Jobs) => Promise<T>): Promise<T> {
		const jobs = createJobs(get().services.db, { pollSeconds: 0.5 });
		try {
			return await fn(jobs);
		} finally {
			await jobs.stop();
		}
	}

	it('runs each queued job once, in the order queued', async () => {
		await withJobs(async (jobs) => {
			const seen: string[] = [];
			jobs.define('test.once', quick, async (d) => void seen.push(String(d.n)));
			await jobs.start();
			for (const n of [1, 2, 3]) await jobs.send('test.once', { about: `job ${n}`, n });
			await until(() => seen.length === 3);
			expect(seen).toEqual(['1', '2', '3']);
			await until(async () => (await jobs.counts()).waiting === 0);
			expect(seen).toHaveLength(3);
		});
	});

	it('retries a failing job, keeps it as a dead letter with what it was about, and sends it again on request', async () => {
		await withJobs(async (jobs) => {
			let attempts = 0;
			let healthy = false;
			jobs.define('test.flaky', quick, async () => {
				attempts++;
				if (!healthy) throw new Error('421 service not available');
			});
			await jobs.start();
			await jobs.send('test.flaky', { about: 'a letter to nobody in particular', secret: 'not shown' });
			await until(async () => (await jobs.failed()).some((f) => f.queue === 'test.flaky'));
			// the first attempt and two retries
			expect(attempts).toBe(3);
			const [dead] = (await jobs.failed()).filter((f) => f.queue === 'test.flaky');
			expect(dead).toMatchObject({ about: 'a letter to nobody in particular', attempts: 3, error: '421 service not available' });
			expect(JSON.stringify(dead)).not.toContain('not shown');
			expect((await jobs.counts()).failed).toBeGreaterThanOrEqual(1);

			healthy = true;
			expect(await jobs.retry(dead!.id)).toBe(true);
			await until(() => attempts === 4);
			await until(async () => !(await jobs.failed()).some((f) => f.id === dead!.id));
			expect(await jobs.retry(dead!.id)).toBe(false);
			expect(await jobs.retry('not-a-job')).toBe(false);
		});
	});

	it('keeps a job queued by a process that went away, and another process runs it', async () => {
		const ran: JobData[] = [];
		// the first process queues and stops before working anything
		await withJobs(async (first) => {
			first.define('test.durable', quick, async () => {
				throw new Error('never started here');
			});
			await first.send('test.durable', { about: 'left behind', n: 7 });
		});
		await withJobs(async (second) => {
			second.define('test.durable', quick, async (d) => void ran.push(d));
			await second.start();
			await until(() => ran.length === 1);
		});
		expect(ran[0]).toMatchObject({ about: 'left behind', n: 7 });
	});

	it('refuses to queue for a queue it does not know, and schedules only in slots an hour divides into', async () => {
		await withJobs(async (jobs) => {
			await expect(jobs.send('test.unknown', { about: 'x' })).rejects.toThrow(/no queue/);
			expect(() => jobs.every('test.unknown', 15, 'x')).toThrow(/no queue/);
			jobs.define('test.every', quick, async () => {});
			expect(() => jobs.every('test.every', 7, 'x')).toThrow(/divisor of 60/);
			expect(() => jobs.every('test.every', 90, 'x')).toThrow(/divisor of 60/);
			jobs.every('test.every', 15, 'every quarter of an hour');
			await jobs.start();
		});
	});
});

describe('mail policy', () => {
	it('waits a minute before the first retry unless MAIL_RETRY_SECONDS says otherwise', async () => {
		const { mailPolicy } = await import('../mail');
		expect(mailPolicy({})).toEqual({ retryLimit: 8, retryDelay: 60, backoff: true });
		expect(mailPolicy({ MAIL_RETRY_SECONDS: '2' }).retryDelay).toBe(2);
		expect(mailPolicy({ MAIL_RETRY_SECONDS: 'x' }).retryDelay).toBe(60);
	});
});
