// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Reading challenges (issue 15 part 5) and certificates that are not only for courses.
 *
 * A reading challenge is set by a commune (or the city) for the Book and Reading Culture Day
 * (21 April), the Lifelong Learning Week or another occasion: a goal in books between two dates,
 * organised by a centre, school or association branch, whose issuance book numbers the
 * certificates. A reader joins (one entry per reader and challenge); when their goal is reached
 * the entry records when and the certificate issued.
 *
 * `certificates` so far held course completions only (`completion_id` and `course_id` required).
 * It now says what it certifies (`kind`: 'course' or 'reading_challenge'), where it belongs
 * (`unit_id`, the course's commune for the existing rows) and, for a challenge, the books read.
 * PostgreSQL drops the two NOT NULLs in place; SQLite cannot, so the table is rebuilt with the same
 * rows and indexes (nothing references it yet).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	if (pg) {
		await sql`ALTER TABLE certificates ALTER COLUMN completion_id DROP NOT NULL`.execute(db);
		await sql`ALTER TABLE certificates ALTER COLUMN course_id DROP NOT NULL`.execute(db);
		await sql`ALTER TABLE certificates ADD COLUMN kind text NOT NULL DEFAULT 'course'`.execute(db);
		await sql`ALTER TABLE certificates ADD COLUMN unit_id text REFERENCES admin_units(id)`.execute(db);
		await sql`ALTER TABLE certificates ADD COLUMN books integer`.execute(db);
		await sql`UPDATE certificates SET unit_id = (SELECT k.unit_id FROM courses k WHERE k.id = certificates.course_id)`.execute(db);
		await sql`ALTER TABLE certificates ALTER COLUMN unit_id SET NOT NULL`.execute(db);
	} else await rebuildSqlite(db, true);

	await db.schema
		.createTable('reading_challenges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('occasion', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('goal_books', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('reading_challenges_unit_idx').on('reading_challenges').columns(['unit_id', 'ends_on']).execute();
	await db.schema.createIndex('reading_challenges_ends_idx').on('reading_challenges').columns(['ends_on']).execute();

	await db.schema
		.createTable('reading_challenge_entries')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('challenge_id', 'text', (c) => c.notNull().references('reading_challenges.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('joined_at', 'text', (c) => c.notNull())
		.addColumn('reached_at', 'text')
		.addColumn('books', 'integer')
		.addColumn('certificate_id', 'text', (c) => c.references('certificates.id'))
		.execute();
	// one entry per reader and challenge, whatever the race
	await db.schema.createIndex('reading_challenge_entries_once_idx').on('reading_challenge_entries').columns(['challenge_id', 'account_id']).unique().execute();
	await db.schema.createIndex('reading_challenge_entries_account_idx').on('reading_challenge_entries').column('account_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('reading_challenge_entries').execute();
	await db.schema.dropTable('reading_challenges').execute();
	await sql`DELETE FROM certificates WHERE kind <> 'course'`.execute(db);
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	if (pg) {
		for (const c of ['kind', 'unit_id', 'books']) await sql`ALTER TABLE certificates DROP COLUMN ${sql.ref(c)}`.execute(db);
		await sql`ALTER TABLE certificates ALTER COLUMN completion_id SET NOT NULL`.execute(db);
		await sql`ALTER TABLE certificates ALTER COLUMN course_id SET NOT NULL`.execute(db);
	} else await rebuildSqlite(db, false);
}

/**
 * SQLite: `certificates` rebuilt with the same rows and indexes, either as this migration leaves
 * it (`general`: the two columns nullable, kind, unit and books) or as 0008–0020 had it.
 */
async function rebuildSqlite(db: Kysely<any>, general: boolean): Promise<void> {
	let t = db.schema
		.createTable('certificates_new')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('number', 'text', (c) => c.notNull())
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('completion_id', 'text', (c) => (general ? c : c.notNull()).references('completions.id').unique())
		.addColumn('course_id', 'text', (c) => (general ? c : c.notNull()).references('courses.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('learner_name', 'text', (c) => c.notNull())
		.addColumn('course_title', 'text', (c) => c.notNull())
		.addColumn('hours', 'integer', (c) => c.notNull())
		.addColumn('issued_on', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.addColumn('revoked_reason', 'text')
		.addColumn('revoked_by_account_id', 'text', (c) => c.references('accounts.id'));
	if (general)
		t = t
			.addColumn('kind', 'text', (c) => c.notNull().defaultTo('course'))
			.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
			.addColumn('books', 'integer');
	await t.execute();
	const common = sql.raw('id, code, number, org_id, year, seq, completion_id, course_id, account_id, resident_id, learner_name, course_title, hours, issued_on, revoked_at, revoked_reason, revoked_by_account_id');
	if (general)
		await sql`INSERT INTO certificates_new (${common}, kind, unit_id, books)
			SELECT c.id, c.code, c.number, c.org_id, c.year, c.seq, c.completion_id, c.course_id, c.account_id, c.resident_id, c.learner_name, c.course_title, c.hours, c.issued_on, c.revoked_at, c.revoked_reason, c.revoked_by_account_id, 'course', k.unit_id, NULL
			FROM certificates c JOIN courses k ON k.id = c.course_id`.execute(db);
	else await sql`INSERT INTO certificates_new (${common}) SELECT ${common} FROM certificates`.execute(db);
	await db.schema.dropTable('certificates').execute();
	await sql`ALTER TABLE certificates_new RENAME TO certificates`.execute(db);
	await db.schema.createIndex('certificates_number').on('certificates').columns(['org_id', 'year', 'seq']).unique().execute();
	await db.schema.createIndex('certificates_account').on('certificates').column('account_id').execute();
	await db.schema
		.createIndex('certificates_code_fold_idx')
		.on('certificates')
		.expression(sql`lower(replace(code, '-', ''))`)
		.execute();
}
