// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// A course: organised by a learning centre, a school or an association; offered in the
	// organiser's commune (unit_id, copied at creation for catalog filters and scope).
	await db.schema
		.createTable('courses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('topic', 'text', (c) => c.notNull())
		.addColumn('audience', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		// in_person | online | blended
		.addColumn('mode', 'text', (c) => c.notNull())
		.addColumn('expected_hours', 'integer', (c) => c.notNull())
		// e.g. {"attendance":0.8,"lessons":true,"quiz":true}
		.addColumn('completion_json', 'text', (c) => c.notNull())
		// draft | published | archived
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('courses_catalog').on('courses').columns(['status', 'unit_id', 'topic']).execute();
	await db.schema.createIndex('courses_org').on('courses').column('org_id').execute();

	// An in-person class (lớp) of a course. enrolled_count is kept beside capacity so that a
	// place is taken by one conditional UPDATE: capacity holds under concurrent requests.
	await db.schema
		.createTable('classes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('venue', 'text', (c) => c.notNull())
		.addColumn('teacher_name', 'text', (c) => c.notNull())
		.addColumn('teacher_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('capacity', 'integer', (c) => c.notNull())
		.addColumn('enrolled_count', 'integer', (c) => c.notNull())
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		// open | closed | cancelled
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('classes_course').on('classes').column('course_id').execute();

	await db.schema
		.createTable('class_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('class_id', 'text', (c) => c.notNull().references('classes.id'))
		.addColumn('date', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull()) // HH:MM, Vietnam time
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('topic', 'text')
		.execute();
	await db.schema.createIndex('class_sessions_class').on('class_sessions').columns(['class_id', 'date']).execute();

	// A place in a class, or on its waiting list. A learner is a resident (enrolled by a
	// manager, or a linked account) or an account not yet linked to the registry.
	await db.schema
		.createTable('enrolments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('class_id', 'text', (c) => c.notNull().references('classes.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('learner_name', 'text', (c) => c.notNull())
		// enrolled | waiting | withdrawn
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('enrolled_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('withdrawn_at', 'text')
		.execute();
	await db.schema.createIndex('enrolments_class').on('enrolments').columns(['class_id', 'status', 'created_at']).execute();
	await db.schema.createIndex('enrolments_account').on('enrolments').column('account_id').execute();
	await db.schema.createIndex('enrolments_resident').on('enrolments').column('resident_id').execute();
	// one live place (or waiting place) per learner per class, whatever the race
	await sql`create unique index enrolments_live_account on enrolments (class_id, account_id) where status in ('enrolled', 'waiting') and account_id is not null`.execute(db);
	await sql`create unique index enrolments_live_resident on enrolments (class_id, resident_id) where status in ('enrolled', 'waiting') and resident_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['enrolments', 'class_sessions', 'classes', 'courses']) await db.schema.dropTable(t).ifExists().execute();
}
