// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Files kept in the database, for several app processes on one PostgreSQL (FILE_STORE=database,
 * the default there): a row per file and its bytes in chunks of 256 KiB, so that a video is
 * written and read a piece at a time and a byte range reads only the chunks it touches.
 * `complete` is 0 while an upload is being written (a process that died mid-upload leaves such
 * a row, which the sweep of stale uploads removes).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
	await db.schema
		.createTable('stored_files')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('size', 'bigint', (c) => c.notNull())
		.addColumn('complete', 'integer', (c) => c.notNull())
		.addColumn('modified_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('file_chunks')
		.addColumn('key', 'text', (c) => c.notNull().references('stored_files.key').onDelete('cascade'))
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('bytes', bytes as 'blob', (c) => c.notNull())
		.addPrimaryKeyConstraint('file_chunks_pk', ['key', 'seq'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('file_chunks').execute();
	await db.schema.dropTable('stored_files').execute();
}
