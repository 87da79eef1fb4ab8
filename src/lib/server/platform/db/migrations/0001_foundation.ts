// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('admin_units')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text')
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('valid_from', 'text', (c) => c.notNull())
		.addColumn('valid_until', 'text')
		.addColumn('population', 'integer')
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('admin_units_level').on('admin_units').columns(['level', 'valid_from']).execute();
	await db.schema.createIndex('admin_units_code').on('admin_units').column('code').execute();

	await db.schema
		.createTable('unit_links')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('parent_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('valid_from', 'text', (c) => c.notNull())
		.addColumn('valid_until', 'text')
		.execute();
	await db.schema.createIndex('unit_links_unit').on('unit_links').columns(['unit_id', 'valid_from']).execute();
	await db.schema.createIndex('unit_links_parent').on('unit_links').columns(['parent_id', 'valid_from']).execute();

	await db.schema
		.createTable('unit_lineage')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('event', 'text', (c) => c.notNull())
		.addColumn('from_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('to_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('effective_date', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('unit_lineage_from').on('unit_lineage').column('from_unit_id').execute();
	await db.schema.createIndex('unit_lineage_to').on('unit_lineage').column('to_unit_id').execute();

	await db.schema
		.createTable('organizations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('address', 'text')
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('valid_from', 'text', (c) => c.notNull())
		.addColumn('valid_until', 'text')
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('organizations_unit').on('organizations').columns(['unit_id', 'kind']).execute();

	await db.schema
		.createTable('accounts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('login', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('email', 'text')
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('last_sign_in_at', 'text')
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the cookie's secret
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.addColumn('idle_expires_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('prefix', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.addColumn('expires_at', 'text')
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema.createIndex('api_tokens_account').on('api_tokens').column('account_id').execute();

	await db.schema
		.createTable('role_grants')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('scope_kind', 'text', (c) => c.notNull())
		.addColumn('scope_unit_id', 'text', (c) => c.references('admin_units.id'))
		.addColumn('scope_org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('granted_by', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema.createIndex('role_grants_account').on('role_grants').column('account_id').execute();

	await db.schema
		.createTable('sign_in_throttle')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('last_failure_at', 'text', (c) => c.notNull())
		.addColumn('blocked_until', 'text')
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_account_id', 'text')
		.addColumn('actor_label', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity_type', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('scope_unit_id', 'text')
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.addColumn('before_json', 'text')
		.addColumn('after_json', 'text')
		.addColumn('note', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
	await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
	await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_account_id', 'at']).execute();

	// The audit log is append-only: the database itself refuses UPDATE and DELETE.
	if (await isPostgres(db)) {
		await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
		await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
			FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
		await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
			FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
	} else {
		await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
		await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of [
		'audit_log',
		'sign_in_throttle',
		'role_grants',
		'api_tokens',
		'sessions',
		'accounts',
		'organizations',
		'unit_lineage',
		'unit_links',
		'admin_units'
	]) {
		await db.schema.dropTable(t).ifExists().execute();
	}
	if (await isPostgres(db)) await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}

async function isPostgres(db: Kysely<any>): Promise<boolean> {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
