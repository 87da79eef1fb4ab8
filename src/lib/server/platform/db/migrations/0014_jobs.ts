// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * The queue of background jobs on SQLite (mail, sweeps, exports). On PostgreSQL the queue is
 * pg-boss, which keeps its own tables in the `pgboss` schema, so nothing is created there.
 * A job is a row until it succeeds (then deleted: a letter's text is not kept) or fails for
 * good (kept as a dead letter for the administrator to look at and send again).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) return;
	await db.schema
		.createTable('jobs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('queue', 'text', (c) => c.notNull())
		.addColumn('data_json', 'text', (c) => c.notNull())
		// waiting | active | failed
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('retry_limit', 'integer', (c) => c.notNull())
		.addColumn('retry_delay', 'integer', (c) => c.notNull())
		.addColumn('backoff', 'integer', (c) => c.notNull())
		.addColumn('key', 'text')
		.addColumn('run_at', 'text', (c) => c.notNull())
		.addColumn('locked_until', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('failed_at', 'text')
		.execute();
	await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();
	// a job with a key is queued once while it waits (a reminder, a sweep)
	await db.schema.createIndex('jobs_key').on('jobs').columns(['queue', 'key']).unique().where('key', 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) return;
	await db.schema.dropTable('jobs').execute();
}
