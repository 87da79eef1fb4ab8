import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { until } from '../../testing/until';
import { createJobs } from '../../platform/jobs';
import { createOperationsService } from './operations.service';

describeEachDatabase('operations: dead letters for the administrator', { demo: 'no-news' }, (get) => {
	it('shows the administrator what failed (never the letter), sends it again (audited), and shows nobody else', async () => {
		const s = get().services;
		const jobs = createJobs(s.db, { pollSeconds: 0.5 });
		let healthy = false;
		let sent = 0;
		jobs.define('mail.test', { retryLimit: 0, retryDelay: 1, backoff: false }, async () => {
			if (!healthy) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
			sent++;
		});
		const ops = createOperationsService({ db: s.db, clock: s.clock, access: s.access, jobs });
		try {
			await jobs.start();
			await jobs.send('mail.test', { about: 'Thư báo cho học viên: Đã ghi danh', message: { to: 'x@example.vn', text: 'mật khẩu bí mật' } });
			const admin = await authAs(s, 'admin');
			let seen = await ops.jobs(admin);
			await until(async () => (seen = await ops.jobs(admin)).failed.length > 0);
			expect(seen.queue).toBe(s.db.dialect === 'postgres' ? 'pg-boss' : 'table');
			expect(seen.failed).toHaveLength(1);
			expect(seen.failed[0]).toMatchObject({ queue: 'mail.test', about: 'Thư báo cho học viên: Đã ghi danh', attempts: 1, error: 'connect ECONNREFUSED 127.0.0.1:25' });
			expect(JSON.stringify(seen)).not.toContain('mật khẩu bí mật');
			expect(JSON.stringify(seen)).not.toContain('x@example.vn');

			// nobody else: not an auditor, not a commune officer, not a stranger
			expect((await errorOf(ops.jobs(await authAs(s, 'kiemtoan')))).code).toBe('forbidden');
			expect((await errorOf(ops.retryJob(await authAs(s, 'quangminh.canbo'), seen.failed[0]!.id))).code).toBe('forbidden');
			expect((await errorOf(ops.jobs(anonymous))).code).toBe('unauthenticated');
			expect((await errorOf(ops.retryJob(admin, 'no-such-job'))).code).toBe('not_found');

			healthy = true;
			await ops.retryJob(admin, seen.failed[0]!.id);
			await until(() => sent > 0);
			const log = await s.audit.list(admin, { action: 'job.retry' });
			expect(log.rows.map((r) => r.entity_id)).toEqual([seen.failed[0]!.id]);
			expect((await errorOf(ops.retryJob(admin, seen.failed[0]!.id))).code).toBe('not_found');
		} finally {
			await jobs.stop();
		}
	});
});
