// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// One row per act of consent; withdrawing stamps the row, it is never deleted (Law 91/2025).
	await db.schema
		.createTable('consents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		// self | guardian
		.addColumn('given_by', 'text', (c) => c.notNull())
		.addColumn('guardian_name', 'text')
		// paper | online | in_person | phone
		.addColumn('method', 'text', (c) => c.notNull())
		.addColumn('recorded_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('given_at', 'text', (c) => c.notNull())
		.addColumn('withdrawn_at', 'text')
		.addColumn('withdrawn_by_account_id', 'text', (c) => c.references('accounts.id'))
		.execute();
	await db.schema.createIndex('consents_resident').on('consents').columns(['resident_id', 'purpose']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('consents').ifExists().execute();
}
