// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Learning titles (issue 13): learning family, clan, community (village), unit and citizen,
 * recognised each year per commune; and the versioned criteria sets they are scored under.
 *
 * `criteria_sets` is generic: keyed by a subject kind (family, clan, community, unit, citizen;
 * later school_emulation), a year and a version. A set is never changed once made; a new
 * version is a new row. Every assessment keeps the set it was scored under.
 *
 * A cycle belongs to a commune and a year (one each). A registration names one subject (a
 * household, a clan, a village, an organisation, a resident) once per cycle and kind — a unique
 * index refuses the second, however many arrive at once. The village review sets each village's
 * posting: public for exactly its days; objections are lodged by residents of that village and
 * answered before the decision; the decision's recognised registrations get a certificate with a
 * verification code.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('criteria_sets')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('subject_kind', 'text', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('basis', 'text')
		.addColumn('max_points', 'integer', (c) => c.notNull())
		.addColumn('pass_mark', 'integer', (c) => c.notNull())
		.addColumn('sections_json', 'text', (c) => c.notNull())
		.addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('note', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('criteria_sets_version_idx').on('criteria_sets').columns(['subject_kind', 'year', 'version']).unique().execute();

	await db.schema
		.createTable('title_cycles')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('commune_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('registration_until', 'text', (c) => c.notNull())
		.addColumn('review_until', 'text', (c) => c.notNull())
		.addColumn('decision_by', 'text', (c) => c.notNull())
		.addColumn('summary_by', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('opened_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('title_cycles_commune_year_idx').on('title_cycles').columns(['commune_id', 'year']).unique().execute();

	await db.schema
		.createTable('title_registrations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('title_cycles.id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('subject_name', 'text', (c) => c.notNull())
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('via', 'text', (c) => c.notNull())
		.addColumn('registered_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('self_score', 'integer')
		.addColumn('review_score', 'integer')
		.addColumn('review_note', 'text')
		.addColumn('refusal_reason', 'text')
		.addColumn('decision_id', 'text')
		.addColumn('public_consent', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	// one registration of a subject per cycle and title
	await db.schema.createIndex('title_registrations_subject_idx').on('title_registrations').columns(['cycle_id', 'kind', 'subject_id']).unique().execute();
	await db.schema.createIndex('title_registrations_village_idx').on('title_registrations').columns(['village_id', 'cycle_id']).execute();

	await db.schema
		.createTable('title_assessments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('registration_id', 'text', (c) => c.notNull().references('title_registrations.id'))
		.addColumn('stage', 'text', (c) => c.notNull())
		.addColumn('criteria_set_id', 'text', (c) => c.notNull().references('criteria_sets.id'))
		.addColumn('answers_json', 'text', (c) => c.notNull())
		.addColumn('evidence_json', 'text', (c) => c.notNull())
		.addColumn('score', 'integer', (c) => c.notNull())
		.addColumn('passed', 'integer', (c) => c.notNull())
		.addColumn('by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('title_assessments_registration_idx').on('title_assessments').columns(['registration_id', 'stage', 'at']).execute();

	await db.schema
		.createTable('title_postings')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('title_cycles.id'))
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('opens_on', 'text', (c) => c.notNull())
		.addColumn('closes_on', 'text', (c) => c.notNull())
		.addColumn('minutes_file_key', 'text')
		.addColumn('minutes_file_name', 'text')
		.addColumn('minutes_file_type', 'text')
		.addColumn('reviewed_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('title_postings_village_idx').on('title_postings').columns(['cycle_id', 'village_id']).unique().execute();

	await db.schema
		.createTable('title_objections')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('registration_id', 'text', (c) => c.notNull().references('title_registrations.id'))
		.addColumn('posting_id', 'text', (c) => c.notNull().references('title_postings.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('answer', 'text')
		.addColumn('upheld', 'integer')
		.addColumn('answered_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('answered_at', 'text')
		.execute();
	await db.schema.createIndex('title_objections_registration_idx').on('title_objections').column('registration_id').execute();

	await db.schema
		.createTable('title_decisions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('title_cycles.id'))
		.addColumn('number', 'text', (c) => c.notNull())
		.addColumn('decided_on', 'text', (c) => c.notNull())
		.addColumn('signer', 'text', (c) => c.notNull())
		.addColumn('recognised', 'integer', (c) => c.notNull())
		.addColumn('refused', 'integer', (c) => c.notNull())
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('title_decisions_number_idx').on('title_decisions').columns(['cycle_id', 'number']).unique().execute();

	await db.schema
		.createTable('title_certificates')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('registration_id', 'text', (c) => c.notNull().unique().references('title_registrations.id'))
		.addColumn('decision_id', 'text', (c) => c.notNull().references('title_decisions.id'))
		.addColumn('holder_name', 'text', (c) => c.notNull())
		.addColumn('issued_on', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['title_certificates', 'title_decisions', 'title_objections', 'title_postings', 'title_assessments', 'title_registrations', 'title_cycles', 'criteria_sets']) await db.schema.dropTable(t).execute();
}
