// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// lessons required in order (1) or free (0)
	await db.schema.alterTable('courses').addColumn('lessons_in_order', 'integer', (c) => c.notNull().defaultTo(1)).execute();

	// An online lesson: text (safe Markdown) or a quiz. (Video and PDF lessons come later.)
	await db.schema
		.createTable('lessons')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull()) // text | quiz
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('pass_mark', 'integer') // quiz: percent needed to pass
		.addColumn('max_attempts', 'integer') // quiz: null = unlimited
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('lessons_course').on('lessons').columns(['course_id', 'position']).execute();

	await db.schema
		.createTable('quiz_questions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull()) // single | multiple | true_false | short
		.addColumn('prompt', 'text', (c) => c.notNull())
		.addColumn('options_json', 'text', (c) => c.notNull()) // choices shown
		.addColumn('answer_json', 'text', (c) => c.notNull()) // indexes, or accepted answers (short)
		.addColumn('feedback', 'text')
		.execute();
	await db.schema.createIndex('quiz_questions_lesson').on('quiz_questions').columns(['lesson_id', 'position']).execute();

	// A learner's progress: one row per lesson, written when done (text) or passed (quiz).
	await db.schema
		.createTable('lesson_progress')
		.addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
		.addColumn('done_at', 'text', (c) => c.notNull())
		.addColumn('score', 'integer')
		.addPrimaryKeyConstraint('lesson_progress_pk', ['lesson_id', 'account_id'])
		.execute();
	await db.schema.createIndex('lesson_progress_learner').on('lesson_progress').columns(['account_id', 'course_id']).execute();

	await db.schema
		.createTable('quiz_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('score', 'integer', (c) => c.notNull())
		.addColumn('passed', 'integer', (c) => c.notNull())
		.addColumn('answers_json', 'text', (c) => c.notNull())
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('quiz_attempts_learner').on('quiz_attempts').columns(['lesson_id', 'account_id']).execute();

	// A completed course, once per learner; the certificate issued for it.
	await db.schema
		.createTable('completions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('hours', 'integer', (c) => c.notNull())
		.addColumn('completed_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('completions_course_account').on('completions').columns(['course_id', 'account_id']).unique().execute();

	await db.schema
		.createTable('certificates')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique()) // public verification code
		.addColumn('number', 'text', (c) => c.notNull()) // issuance book number
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('completion_id', 'text', (c) => c.notNull().references('completions.id').unique())
		.addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('learner_name', 'text', (c) => c.notNull())
		.addColumn('course_title', 'text', (c) => c.notNull())
		.addColumn('hours', 'integer', (c) => c.notNull())
		.addColumn('issued_on', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.addColumn('revoked_reason', 'text')
		.addColumn('revoked_by_account_id', 'text', (c) => c.references('accounts.id'))
		.execute();
	await db.schema.createIndex('certificates_number').on('certificates').columns(['org_id', 'year', 'seq']).unique().execute();
	await db.schema.createIndex('certificates_account').on('certificates').column('account_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['certificates', 'completions', 'quiz_attempts', 'lesson_progress', 'quiz_questions', 'lessons']) await db.schema.dropTable(t).ifExists().execute();
	await db.schema.alterTable('courses').dropColumn('lessons_in_order').execute();
}
