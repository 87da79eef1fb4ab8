// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * The reminder sent the evening before a class session, once per learner and session: the row is
 * written before the letter is queued, so that several processes running the reminders at the
 * same time send each one once.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('session_reminders')
		.addColumn('session_id', 'text', (c) => c.notNull().references('class_sessions.id').onDelete('cascade'))
		.addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('session_reminders_pk', ['session_id', 'enrolment_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('session_reminders').execute();
}
