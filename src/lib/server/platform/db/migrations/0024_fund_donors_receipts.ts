// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Donors, pledges, receipts and transfers of study-promotion funds.
 *
 * - A donor (person, household, clan, organisation) is a row of its own that donations name by
 *   id. The book's hash covers the donor's id, not their name: a donor's name can be corrected
 *   or erased (the right to erasure of Nghị định 13/2023) without breaking the chain, and their
 *   choice to be named in public can be changed or withdrawn at any time.
 * - A pledge (cam kết) is a promised amount, fulfilled by the donations that name it.
 * - Every donation gets a receipt (biên nhận) numbered per fund and year, with a code that its
 *   QR link carries to a public verification page.
 * - A transfer between two funds is two entries, one in each book, each naming the other fund
 *   and the other entry (no foreign key on the latter: the pair is written together).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('fund_donors')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('phone', 'text')
		.addColumn('address', 'text')
		.addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('erased_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('fund_donors_fund_idx').on('fund_donors').columns(['fund_id', 'name']).execute();

	await db.schema
		.createTable('fund_pledges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('donor_id', 'text', (c) => c.notNull().references('fund_donors.id'))
		.addColumn('amount', 'bigint', (c) => c.notNull())
		.addColumn('due_on', 'text')
		.addColumn('note', 'text')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('fund_pledges_fund_idx').on('fund_pledges').column('fund_id').execute();

	await db.schema.alterTable('fund_entries').addColumn('donor_id', 'text', (c) => c.references('fund_donors.id')).execute();
	await db.schema.alterTable('fund_entries').addColumn('pledge_id', 'text', (c) => c.references('fund_pledges.id')).execute();
	await db.schema.alterTable('fund_entries').addColumn('counterpart_fund_id', 'text', (c) => c.references('funds.id')).execute();
	await db.schema.alterTable('fund_entries').addColumn('counterpart_entry_id', 'text').execute();
	await db.schema.createIndex('fund_entries_donor_idx').on('fund_entries').column('donor_id').execute();
	await db.schema.createIndex('fund_entries_pledge_idx').on('fund_entries').column('pledge_id').execute();
	// the public feed and the commune's figures read a fund's latest entries and a period's
	await db.schema.createIndex('fund_entries_fund_on_idx').on('fund_entries').columns(['fund_id', 'occurred_on']).execute();

	await db.schema
		.createTable('fund_receipts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('entry_id', 'text', (c) => c.notNull().unique().references('fund_entries.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('issued_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('fund_receipts_number_idx').on('fund_receipts').columns(['fund_id', 'year', 'number']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('fund_receipts').execute();
	await db.schema.dropIndex('fund_entries_fund_on_idx').execute();
	await db.schema.dropIndex('fund_entries_pledge_idx').execute();
	await db.schema.dropIndex('fund_entries_donor_idx').execute();
	for (const c of ['counterpart_entry_id', 'counterpart_fund_id', 'pledge_id', 'donor_id']) await db.schema.alterTable('fund_entries').dropColumn(c).execute();
	await db.schema.dropTable('fund_pledges').execute();
	await db.schema.dropTable('fund_donors').execute();
}
