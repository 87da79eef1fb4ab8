/**
 * What the administrator sees of the work done in the background: how many jobs wait, the
 * dead letters (what each was about, how often it was tried, the last error), and sending one
 * again (audited). Never a letter's text: `about` is all a job shows of itself.
 */
import { recordAudit } from '../../platform/audit';
import type { AccessGateway, AuthContext } from '../../platform/access';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { Jobs } from '../../platform/jobs';
import { requireOperator } from './operations.policy';

export interface OperationsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	jobs: Jobs;
}

export function createOperationsService({ db, clock, access, jobs }: OperationsDeps) {
	return {
		/** Jobs waiting or running, dead letters, and the newest dead letters. */
		async jobs(auth: AuthContext) {
			requireOperator(access, auth);
			const [counts, failed] = await Promise.all([jobs.counts(), jobs.failed(100)]);
			return { queue: jobs.kind, waiting: counts.waiting, failedCount: counts.failed, failed };
		},

		/** Sends a dead letter again (one more attempt). */
		async retryJob(auth: AuthContext, id: string) {
			requireOperator(access, auth);
			if (typeof id !== 'string' || !(await jobs.retry(id))) throw new AppError('not_found');
			await recordAudit(db.kysely, clock, auth, { action: 'job.retry', entityType: 'job', entityId: id });
			return { id };
		}
	};
}

export type OperationsService = ReturnType<typeof createOperationsService>;
