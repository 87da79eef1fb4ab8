// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * The schools' emulation "dạy tốt, học tốt" (issue 14 part 5), and joint school–centre activities.
 *
 * A round belongs to a unit (a commune, or the city for the education office) and a school year
 * (2026 = 2026–2027), once each. Each school of the unit's subtree has at most one score row in a
 * round (a unique index): its self-score per criterion with notes, kept with the criteria set it
 * was scored under (`criteria_sets`, subject kind school_emulation), then the office's review
 * (points per criterion, a comment, the reviewed total) and an award (a title in plain text).
 *
 * A joint activity names a school and a learning centre and is recorded once; both sides list it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('emulation_rounds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('school_year', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('opened_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('emulation_rounds_unit_year_idx').on('emulation_rounds').columns(['unit_id', 'school_year']).unique().execute();

	await db.schema
		.createTable('emulation_scores')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) => c.notNull().references('emulation_rounds.id'))
		.addColumn('school_org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('criteria_set_id', 'text', (c) => c.notNull().references('criteria_sets.id'))
		.addColumn('self_json', 'text', (c) => c.notNull())
		.addColumn('self_total', 'integer', (c) => c.notNull())
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addColumn('submitted_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('review_json', 'text')
		.addColumn('reviewed_total', 'integer')
		.addColumn('review_comment', 'text')
		.addColumn('reviewed_at', 'text')
		.addColumn('reviewed_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('award_title', 'text')
		.addColumn('award_note', 'text')
		.addColumn('awarded_at', 'text')
		.addColumn('awarded_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('emulation_scores_school_idx').on('emulation_scores').columns(['round_id', 'school_org_id']).unique().execute();
	await db.schema.createIndex('emulation_scores_set_idx').on('emulation_scores').column('criteria_set_id').execute();

	await db.schema
		.createTable('school_centre_activities')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('held_on', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('school_org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('centre_org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('recorded_side', 'text', (c) => c.notNull())
		.addColumn('recorded_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('school_centre_activities_school_idx').on('school_centre_activities').columns(['school_org_id', 'held_on']).execute();
	await db.schema.createIndex('school_centre_activities_centre_idx').on('school_centre_activities').columns(['centre_org_id', 'held_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('school_centre_activities').execute();
	await db.schema.dropTable('emulation_scores').execute();
	await db.schema.dropTable('emulation_rounds').execute();
}
