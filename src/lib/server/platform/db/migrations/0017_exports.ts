// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Large exports built in the background: what was asked (a kind and its filters), by whom, how
 * far the job has come (rows written of how many), and the file once it is made. The requester's
 * scope is not stored: the job rebuilds it from the account when it runs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('exports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('format', 'text', (c) => c.notNull())
		.addColumn('params_json', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('total_rows', 'integer')
		.addColumn('done_rows', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('file_key', 'text')
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('size_bytes', 'integer')
		.addColumn('error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text')
		.addColumn('finished_at', 'text')
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('exports_account_idx').on('exports').columns(['account_id', 'created_at']).execute();
	await db.schema.createIndex('exports_expires_idx').on('exports').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('exports').execute();
}
