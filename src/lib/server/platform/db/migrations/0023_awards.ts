// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Reward regulations (quy chế khen thưởng), the awards proposed and paid under them, and the
 * honour board (bảng vàng).
 *
 * A regulation belongs to a fund and is versioned: publishing a new version adds rows, it never
 * changes a version in use; a proposal keeps the rule, its version and the amount it was made
 * under. A payout writes the fund's book (one entry per award) and keeps the entry's id, unique,
 * so that an award is never paid twice.
 *
 * A nomination for the honour board carries the person's consent on itself (who recorded it,
 * when and how; withdrawn when and by whom): only an approved nomination whose consent stands is
 * ever public.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('reward_regulations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('effective_from', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('reward_regulations_version_idx').on('reward_regulations').columns(['fund_id', 'version']).unique().execute();

	await db.schema
		.createTable('reward_rules')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('regulation_id', 'text', (c) => c.notNull().references('reward_regulations.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('achievement', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('amount', 'bigint', (c) => c.notNull())
		.addColumn('note', 'text')
		.execute();
	await db.schema.createIndex('reward_rules_regulation_idx').on('reward_rules').columns(['regulation_id', 'position']).unique().execute();

	await db.schema
		.createTable('reward_proposals')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('regulation_id', 'text', (c) => c.notNull().references('reward_regulations.id'))
		.addColumn('rule_id', 'text', (c) => c.notNull().references('reward_rules.id'))
		.addColumn('amount', 'bigint', (c) => c.notNull())
		.addColumn('person_name', 'text', (c) => c.notNull())
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('details', 'text')
		.addColumn('evidence', 'text', (c) => c.notNull())
		.addColumn('evidence_file_key', 'text')
		.addColumn('evidence_file_name', 'text')
		.addColumn('school_year', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('proposed_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('proposed_at', 'text', (c) => c.notNull())
		.addColumn('decided_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('decided_at', 'text')
		.addColumn('decision_note', 'text')
		.addColumn('paid_entry_id', 'text', (c) => c.references('fund_entries.id'))
		.addColumn('paid_on', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('reward_proposals_fund_idx').on('reward_proposals').columns(['fund_id', 'status']).execute();
	// an award is paid once: one entry of the book, never two
	await db.schema.createIndex('reward_proposals_paid_idx').on('reward_proposals').column('paid_entry_id').unique().execute();

	await db.schema
		.createTable('honour_nominations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('person_name', 'text', (c) => c.notNull())
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('is_minor', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('story', 'text', (c) => c.notNull())
		.addColumn('evidence', 'text', (c) => c.notNull())
		.addColumn('news_id', 'text', (c) => c.references('news_items.id'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('nominated_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('nominated_at', 'text', (c) => c.notNull())
		.addColumn('reviewed_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('reviewed_at', 'text')
		.addColumn('review_note', 'text')
		.addColumn('consent', 'text', (c) => c.notNull().defaultTo('none'))
		.addColumn('consent_method', 'text')
		.addColumn('consent_guardian_name', 'text')
		.addColumn('consent_recorded_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('consent_at', 'text')
		.addColumn('consent_withdrawn_at', 'text')
		.addColumn('consent_withdrawn_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('honour_nominations_board_idx').on('honour_nominations').columns(['status', 'consent', 'year']).execute();
	await db.schema.createIndex('honour_nominations_unit_idx').on('honour_nominations').column('unit_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('honour_nominations').execute();
	await db.schema.dropTable('reward_proposals').execute();
	await db.schema.dropTable('reward_rules').execute();
	await db.schema.dropTable('reward_regulations').execute();
}
