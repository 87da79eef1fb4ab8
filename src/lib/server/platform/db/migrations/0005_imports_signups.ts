// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// An import of residents from a spreadsheet. Rows are written in short batches with
	// status 'importing' (invisible to every reader) and made active in one statement at the
	// end, or deleted: all rows or none, without one long transaction holding the writer.
	await db.schema
		.createTable('people_imports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('file_key', 'text')
		// checked | committing | committed | failed
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('total_rows', 'integer', (c) => c.notNull())
		.addColumn('rejected_rows', 'integer', (c) => c.notNull())
		.addColumn('processed_rows', 'integer', (c) => c.notNull())
		.addColumn('households', 'integer', (c) => c.notNull())
		.addColumn('problems_json', 'text', (c) => c.notNull())
		.addColumn('failure', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('committed_at', 'text')
		.execute();
	await db.schema.createIndex('people_imports_unit').on('people_imports').columns(['unit_id', 'created_at']).execute();
	await db.schema.alterTable('residents').addColumn('import_id', 'text').execute();
	await db.schema.alterTable('households').addColumn('import_id', 'text').execute();
	await db.schema.createIndex('residents_import').on('residents').column('import_id').execute();
	// who a person is, for duplicate checks and sign-up matching: folded name, birth date, village
	await db.schema.createIndex('residents_identity').on('residents').columns(['search_text', 'birth_date', 'village_id']).execute();
	await db.schema.createIndex('households_import').on('households').column('import_id').execute();

	// A resident's own sign-up, waiting for an emailed confirmation or an officer.
	await db.schema
		.createTable('signups')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('full_name', 'text', (c) => c.notNull())
		.addColumn('birth_date', 'text', (c) => c.notNull())
		.addColumn('gender', 'text', (c) => c.notNull())
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('search_text', 'text', (c) => c.notNull())
		// awaiting_email | queued | linked | refused
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('match_count', 'integer', (c) => c.notNull())
		.addColumn('match_resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('email_confirmed_at', 'text')
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('resolved_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resolved_at', 'text')
		.addColumn('refusal_reason', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('signups_village').on('signups').columns(['village_id', 'status']).execute();
	await db.schema.createIndex('signups_account').on('signups').column('account_id').execute();

	// One-time secrets sent by email or handed over by an officer: confirm an email address,
	// reset a password. Stored as SHA-256; used once; short-lived.
	await db.schema
		.createTable('one_time_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the secret
		.addColumn('purpose', 'text', (c) => c.notNull()) // email_confirm | password_reset
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('signup_id', 'text', (c) => c.references('signups.id'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('one_time_tokens_account').on('one_time_tokens').columns(['account_id', 'purpose']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['one_time_tokens', 'signups']) await db.schema.dropTable(t).ifExists().execute();
	await db.schema.dropIndex('households_import').ifExists().execute();
	await db.schema.dropIndex('residents_identity').ifExists().execute();
	await db.schema.dropIndex('residents_import').ifExists().execute();
	await db.schema.alterTable('households').dropColumn('import_id').execute();
	await db.schema.alterTable('residents').dropColumn('import_id').execute();
	await db.schema.dropTable('people_imports').ifExists().execute();
}
