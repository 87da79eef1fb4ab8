import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, RowPatch } from '../../platform/db/schema';

type DB = Kysely<Database>;

export const lessonsOf = (db: DB, courseId: string) => db.selectFrom('lessons').selectAll().where('course_id', '=', courseId).orderBy('position').orderBy('id').execute();

export const findLesson = (db: DB, id: string) => db.selectFrom('lessons').selectAll().where('id', '=', id).executeTakeFirst();

export async function nextPosition(db: DB, courseId: string): Promise<number> {
	const r = await db.selectFrom('lessons').select((eb) => eb.fn.max('position').as('p')).where('course_id', '=', courseId).executeTakeFirst();
	return Number(r?.p ?? 0) + 1;
}

export async function insertLesson(db: DB, row: NewRow<'lessons'>, questions: NewRow<'quiz_questions'>[]): Promise<void> {
	await db.insertInto('lessons').values(row).execute();
	if (questions.length) await db.insertInto('quiz_questions').values(questions).execute();
}

export const questionsOf = (db: DB, lessonId: string) => db.selectFrom('quiz_questions').selectAll().where('lesson_id', '=', lessonId).orderBy('position').execute();

export const progressOf = (db: DB, accountId: string, courseId: string) => db.selectFrom('lesson_progress').selectAll().where('account_id', '=', accountId).where('course_id', '=', courseId).execute();

/** Records a lesson as done (once; a better score replaces a lower one). */
export async function markDone(db: DB, row: NewRow<'lesson_progress'>): Promise<void> {
	await db
		.insertInto('lesson_progress')
		.values(row)
		.onConflict((oc) => oc.columns(['lesson_id', 'account_id']).doUpdateSet({ score: sql`case when excluded.score > lesson_progress.score then excluded.score else lesson_progress.score end` }))
		.execute();
}

export async function attemptCount(db: DB, lessonId: string, accountId: string): Promise<number> {
	const r = await db.selectFrom('quiz_attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('lesson_id', '=', lessonId).where('account_id', '=', accountId).executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function insertAttempt(db: DB, row: NewRow<'quiz_attempts'>): Promise<void> {
	await db.insertInto('quiz_attempts').values(row).execute();
}

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

export async function insertCompletion(db: DB, row: NewRow<'completions'>): Promise<void> {
	await db.insertInto('completions').values(row).execute();
}

export async function lastSeq(db: DB, orgId: string, year: number): Promise<number> {
	const r = await db.selectFrom('certificates').select((eb) => eb.fn.max('seq').as('s')).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
	return Number(r?.s ?? 0);
}

export async function insertCertificate(db: DB, row: NewRow<'certificates'>): Promise<void> {
	await db.insertInto('certificates').values(row).execute();
}

export const findCertificate = (db: DB, code: string) =>
	db
		.selectFrom('certificates as c')
		.innerJoin('organizations as o', 'o.id', 'c.org_id')
		.innerJoin('courses as k', 'k.id', 'c.course_id')
		.innerJoin('admin_units as u', 'u.id', 'k.unit_id')
		.selectAll('c')
		.select(['o.name as org_name', 'k.unit_id', 'u.name as unit_name'])
		.where('c.code', '=', code)
		.executeTakeFirst();

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

/** Every file key a lesson holds (videos, PDFs, captions). */
export async function lessonFileKeys(db: DB): Promise<Set<string>> {
	const rows = await db.selectFrom('lessons').select(['media_key', 'captions_key']).where((eb) => eb.or([eb('media_key', 'is not', null), eb('captions_key', 'is not', null)])).execute();
	return new Set(rows.flatMap((r) => [r.media_key, r.captions_key]).filter((k): k is string => Boolean(k)));
}

/** Sets the lessons' positions 1..n in the order given. */
export async function renumber(db: DB, courseId: string, order: string[], at: string): Promise<void> {
	for (const [i, id] of order.entries()) await db.updateTable('lessons').set({ position: i + 1, updated_at: at }).where('id', '=', id).where('course_id', '=', courseId).execute();
}

/** Whether any learner has done or attempted the lesson. */
export async function hasLearners(db: DB, lessonId: string): Promise<boolean> {
	const done = await db.selectFrom('lesson_progress').select('lesson_id').where('lesson_id', '=', lessonId).limit(1).executeTakeFirst();
	if (done) return true;
	return (await db.selectFrom('quiz_attempts').select('id').where('lesson_id', '=', lessonId).limit(1).executeTakeFirst()) !== undefined;
}

/** Changes a lesson; with questions given, they replace the quiz's questions. */
export async function updateLesson(db: DB, lessonId: string, patch: RowPatch<'lessons'>, questions: NewRow<'quiz_questions'>[] | null): Promise<void> {
	await db.updateTable('lessons').set(patch).where('id', '=', lessonId).execute();
	if (questions) {
		await db.deleteFrom('quiz_questions').where('lesson_id', '=', lessonId).execute();
		if (questions.length) await db.insertInto('quiz_questions').values(questions).execute();
	}
}

export async function deleteLesson(db: DB, lessonId: string): Promise<void> {
	await db.deleteFrom('quiz_questions').where('lesson_id', '=', lessonId).execute();
	await db.deleteFrom('lessons').where('id', '=', lessonId).execute();
}

/** The course's lessons that some learner has done or attempted. */
export async function lessonsWithLearners(db: DB, courseId: string): Promise<Set<string>> {
	const done = await db.selectFrom('lesson_progress').select('lesson_id').distinct().where('course_id', '=', courseId).execute();
	const tried = await db.selectFrom('quiz_attempts').innerJoin('lessons', 'lessons.id', 'quiz_attempts.lesson_id').select('quiz_attempts.lesson_id').distinct().where('lessons.course_id', '=', courseId).execute();
	return new Set([...done, ...tried].map((r) => r.lesson_id));
}

/**
 * Holds the course's row until the transaction ends, so that adding, moving and removing its
 * lessons happen one after another (PostgreSQL; SQLite runs one transaction at a time anyway).
 */
export async function lockCourse(db: DB, dialect: 'sqlite' | 'postgres', courseId: string): Promise<void> {
	if (dialect === 'postgres') await sql`select id from courses where id = ${courseId} for update`.execute(db);
}
