/**
 * Background jobs: the table queue on SQLite, pg-boss on PostgreSQL, one interface (`Jobs`).
 */
import type { Db } from '../db';
import { createPgBossJobs } from './pgboss';
import { createTableJobs } from './table';
import type { Jobs, JobsOptions } from './types';

export type { FailedJob, JobData, JobHandler, Jobs, JobsOptions, QueuePolicy } from './types';

export function createJobs(db: Db, opts: JobsOptions = {}): Jobs {
	return db.dialect === 'postgres' ? createPgBossJobs(db, opts) : createTableJobs(db, opts);
}
