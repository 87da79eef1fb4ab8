// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// Who came to a session: one row per learner with a place, present or not, last write wins.
	await db.schema
		.createTable('attendance')
		.addColumn('session_id', 'text', (c) => c.notNull().references('class_sessions.id'))
		.addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id'))
		.addColumn('present', 'integer', (c) => c.notNull())
		.addColumn('recorded_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('recorded_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('attendance_pk', ['session_id', 'enrolment_id'])
		.execute();
	await db.schema.createIndex('attendance_enrolment').on('attendance').column('enrolment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('attendance').ifExists().execute();
}
