/** Completions and certificates: the issuance book per organiser and year, verification, revocation. */
import { sql, type Kysely } from 'kysely';
import type { Database, NewRow } from '../../platform/db/schema';

type DB = Kysely<Database>;

export const findCompletion = (db: DB, courseId: string, accountId: string) => db.selectFrom('completions').selectAll().where('course_id', '=', courseId).where('account_id', '=', accountId).executeTakeFirst();

/** A learner's completion of a course, by account or by resident record. */
export const findCompletionOf = (db: DB, courseId: string, who: { accountId: string | null; residentId: string | null }) =>
	db
		.selectFrom('completions')
		.selectAll()
		.where('course_id', '=', courseId)
		.where((eb) => eb.or([...(who.accountId ? [eb('account_id', '=', who.accountId)] : []), ...(who.residentId ? [eb('resident_id', '=', who.residentId)] : []), sql<boolean>`1 = 0`]))
		.executeTakeFirst();

/** Sessions held so far in a class, and each learner's count of sessions attended. */
export async function attendanceCounts(db: DB, classId: string, upTo: string) {
	const held = await db.selectFrom('class_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('class_id', '=', classId).where('date', '<=', upTo).executeTakeFirstOrThrow();
	const present = await db
		.selectFrom('attendance as a')
		.innerJoin('class_sessions as s', 's.id', 'a.session_id')
		.select(['a.enrolment_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('s.class_id', '=', classId)
		.where('a.present', '=', 1)
		.groupBy('a.enrolment_id')
		.execute();
	return { held: Number(held.n), present: new Map(present.map((p) => [p.enrolment_id, Number(p.n)])) };
}

/** Who already holds a completion of a course (by record or by account). */
export const completionsOfCourse = (db: DB, courseId: string) => db.selectFrom('completions').select(['resident_id', 'account_id']).where('course_id', '=', courseId).execute();

/** Records a completion unless the learner (by account or by record) has one for the course: answers whether it did. */
export async function insertCompletion(db: DB, row: NewRow<'completions'>): Promise<boolean> {
	const r = await db.insertInto('completions').values(row).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
	return r !== undefined;
}

/**
 * The next number in an organiser's issuance book for the year. One upsert: on PostgreSQL the
 * book's row stays locked until the transaction ends, so concurrent issues queue for numbers
 * instead of colliding and retrying; on SQLite the one writer serialises them.
 */
export async function nextSeq(db: DB, orgId: string, year: number): Promise<number> {
	const r = await db
		.insertInto('certificate_books')
		.values({ org_id: orgId, year, last_seq: 1 })
		.onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ last_seq: sql<number>`certificate_books.last_seq + 1` }))
		.returning('last_seq')
		.executeTakeFirstOrThrow();
	return Number(r.last_seq);
}

/** The last number given in each book, for certificates written directly (the demo). */
export async function lastSeq(db: DB, orgId: string, year: number): Promise<number> {
	const r = await db.selectFrom('certificate_books').select('last_seq').where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
	return Number(r?.last_seq ?? 0);
}

/** Moves books forward past numbers written directly (the demo's certificates). */
export async function raiseBooks(db: DB, books: { orgId: string; year: number; lastSeq: number }[]): Promise<void> {
	for (const b of books)
		await db
			.insertInto('certificate_books')
			.values({ org_id: b.orgId, year: b.year, last_seq: b.lastSeq })
			.onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ last_seq: b.lastSeq }).where('certificate_books.last_seq', '<', b.lastSeq))
			.execute();
}

export async function insertCertificate(db: DB, row: NewRow<'certificates'>): Promise<void> {
	await db.insertInto('certificates').values(row).execute();
}

/**
 * A certificate with what its pages and PDF print: the organiser, the course's commune, and the
 * holder's gender (from the record it was issued to, else the record linked to the holder's
 * account; null when neither says) for "ông" or "bà".
 */
const certificateQuery = (db: DB) =>
	db
		.selectFrom('certificates as c')
		.innerJoin('organizations as o', 'o.id', 'c.org_id')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.leftJoin('residents as r', 'r.id', 'c.resident_id')
		.leftJoin('residents as ra', 'ra.account_id', 'c.account_id')
		.selectAll('c')
		.select(['o.name as org_name', 'o.kind as org_kind', 'u.name as unit_name', (eb) => eb.fn.coalesce('r.gender', 'ra.gender').as('holder_gender'), (eb) => eb.fn.coalesce('r.birth_date', 'ra.birth_date').as('holder_birth')]);

export const findCertificate = (db: DB, code: string) => certificateQuery(db).where('c.code', '=', code).executeTakeFirst();

/**
 * Certificates whose code, lower-cased and without dashes, is `folded` (already lower-cased and
 * without dashes): at most `limit`, so a caller can tell one from several. Only for
 * a code typed by hand that matched nothing exactly; the expression is indexed (migration 0020).
 */
export const findCertificatesByFoldedCode = (db: DB, folded: string, limit = 2) =>
	certificateQuery(db)
		.where(sql<string>`lower(replace(c.code, '-', ''))`, '=', folded)
		.orderBy('c.code')
		.limit(limit)
		.execute();

export async function revokeCertificate(db: DB, id: string, at: string, by: string, reason: string): Promise<boolean> {
	const r = await db.updateTable('certificates').set({ revoked_at: at, revoked_by_account_id: by, revoked_reason: reason }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export const certificatesOf = (db: DB, accountId: string) =>
	db.selectFrom('certificates as c').innerJoin('organizations as o', 'o.id', 'c.org_id').selectAll('c').select('o.name as org_name').where('c.account_id', '=', accountId).orderBy('c.issued_on', 'desc').execute();

export const completionsOf = (db: DB, accountId: string) =>
	db
		.selectFrom('completions as m')
		.innerJoin('courses as k', 'k.id', 'm.course_id')
		.innerJoin('organizations as o', 'o.id', 'k.org_id')
		.select(['m.id', 'm.course_id', 'm.hours', 'm.completed_at', 'k.title', 'k.mode', 'o.name as org_name'])
		.where('m.account_id', '=', accountId)
		.orderBy('m.completed_at', 'desc')
		.execute();
