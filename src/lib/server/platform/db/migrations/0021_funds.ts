// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Study-promotion funds and their books. A fund belongs to an owner inside the administrative
 * tree (a commune or village association branch, a school, a clan, a centre). Its book is an
 * append-only ledger: every movement is one entry, numbered in the fund (seq), carrying the hash
 * of the entry before it, so that a row changed behind the application's back is found by
 * `funds verify`. Entries are never updated or deleted — the database refuses it (triggers) —
 * and a correction is a reversing entry naming the one it reverses (at most once). Amounts are
 * whole đồng: `delta` is signed (money in positive, out negative). The fund row keeps the
 * balance, the count and the last hash, written in the same transaction as each entry.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('funds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('owner_kind', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('balance', 'bigint', (c) => c.notNull().defaultTo(0))
		.addColumn('entry_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_hash', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addCheckConstraint('funds_balance_not_negative', sql`balance >= 0`)
		.execute();
	await db.schema.createIndex('funds_unit_idx').on('funds').column('unit_id').execute();

	await db.schema
		.createTable('fund_entries')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('delta', 'bigint', (c) => c.notNull())
		.addColumn('method', 'text')
		.addColumn('item', 'text')
		.addColumn('party_kind', 'text')
		.addColumn('party_name', 'text')
		.addColumn('party_public', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('purpose', 'text')
		.addColumn('reverses_entry_id', 'text', (c) => c.references('fund_entries.id'))
		.addColumn('occurred_on', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('prev_hash', 'text', (c) => c.notNull())
		.addColumn('hash', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('fund_entries_seq_idx').on('fund_entries').columns(['fund_id', 'seq']).unique().execute();
	// an entry is reversed once at most
	await db.schema.createIndex('fund_entries_reverses_idx').on('fund_entries').column('reverses_entry_id').unique().execute();

	// the book is append-only, whatever code runs against the database
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`create function fund_entries_append_only() returns trigger language plpgsql as $$ begin raise exception 'fund entries are append-only'; end $$`.execute(db);
		await sql`create trigger fund_entries_no_update before update or delete on fund_entries for each row execute function fund_entries_append_only()`.execute(db);
	} else {
		await sql`create trigger fund_entries_no_update before update on fund_entries begin select raise(abort, 'fund entries are append-only'); end`.execute(db);
		await sql`create trigger fund_entries_no_delete before delete on fund_entries begin select raise(abort, 'fund entries are append-only'); end`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`drop trigger if exists fund_entries_no_update on fund_entries`.execute(db);
		await sql`drop function if exists fund_entries_append_only()`.execute(db);
	}
	await db.schema.dropTable('fund_entries').execute();
	await db.schema.dropTable('funds').execute();
}
