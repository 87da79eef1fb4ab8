// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * One completion per learner and course, whatever the concurrency, and certificate numbers
 * drawn from a counter per issuance book instead of max(seq)+1 with retries.
 *
 * `completions` was unique on (course_id, account_id) only, so a resident without an account
 * (NULL there) could complete a class twice when two completions ran at once on PostgreSQL.
 * Such doubles, if any, are removed first: the learner keeps the earliest completion and its
 * certificate; the later ones, issued by that defect, go with their certificates.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	const later = sql`select c.id from completions c where c.resident_id is not null and exists (
		select 1 from completions d where d.course_id = c.course_id and d.resident_id = c.resident_id
		and (d.completed_at < c.completed_at or (d.completed_at = c.completed_at and d.id < c.id)))`;
	await sql`delete from certificates where completion_id in (${later})`.execute(db);
	await sql`delete from completions where id in (${later})`.execute(db);
	await db.schema.createIndex('completions_course_resident').on('completions').columns(['course_id', 'resident_id']).unique().where(sql.ref('resident_id'), 'is not', null).execute();

	// the issuance book of an organiser for a year: the last number given
	await db.schema
		.createTable('certificate_books')
		.addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('last_seq', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('certificate_books_pk', ['org_id', 'year'])
		.execute();
	await sql`insert into certificate_books (org_id, year, last_seq) select org_id, year, max(seq) from certificates group by org_id, year`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('certificate_books').ifExists().execute();
	await db.schema.dropIndex('completions_course_resident').ifExists().execute();
}
