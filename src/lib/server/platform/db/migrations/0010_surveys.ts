// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// A learning-needs survey a centre opens for its commune.
	await db.schema
		.createTable('surveys')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('topics_json', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull()) // open | closed
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('surveys_unit').on('surveys').columns(['unit_id', 'status']).execute();

	// One answer: the topics wanted, with only the village, age group and gender (no name).
	await db.schema
		.createTable('survey_responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('age_group', 'text', (c) => c.notNull())
		.addColumn('gender', 'text', (c) => c.notNull())
		.addColumn('topics_json', 'text', (c) => c.notNull())
		.addColumn('entered_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('survey_responses_survey').on('survey_responses').column('survey_id').execute();
	await db.schema.createIndex('survey_responses_once').on('survey_responses').columns(['survey_id', 'account_id']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['survey_responses', 'surveys']) await db.schema.dropTable(t).ifExists().execute();
}
