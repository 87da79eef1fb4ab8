// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * A certificate code typed by hand (another letter case, dashes dropped) is looked up by its
 * folded form, lower(replace(code, '-', '')): indexed, so that a public page hit with random codes
 * never scans the whole table. The same expression on SQLite and PostgreSQL.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('certificates_code_fold_idx')
		.on('certificates')
		.expression(sql`lower(replace(code, '-', ''))`)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('certificates_code_fold_idx').execute();
}
