import { sql, type Kysely } from 'kysely';
import { lockRows } from '../../platform/db/dialect';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, RowPatch } from '../../platform/db/schema';
import { newId } from '../../platform/ids';
import type { LessonCreate } from './learning.schemas';

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

/** A quiz's questions as rows, in order; a true/false question's choices are always Đúng, Sai. */
export function questionRows(lessonId: string, questions: LessonCreate['questions']): NewRow<'quiz_questions'>[] {
	return questions.map((q, i) => ({ id: newId(), lesson_id: lessonId, position: i + 1, kind: q.kind, prompt: q.prompt, options_json: JSON.stringify(q.kind === 'true_false' ? ['Đúng', 'Sai'] : q.options), answer_json: JSON.stringify(q.answer), feedback: q.feedback ?? null }));
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

/** Every file key a lesson holds (videos, PDFs, captions). */
export async function lessonFileKeys(db: DB): Promise<Set<string>> {
	const rows = await db.selectFrom('lessons').select(['media_key', 'captions_key']).where((eb) => eb.or([eb('media_key', 'is not', null), eb('captions_key', 'is not', null)])).execute();
	return new Set(rows.flatMap((r) => [r.media_key, r.captions_key]).filter((k): k is string => Boolean(k)));
}

/** Sets the lessons' positions 1..n in the order given, in one statement. */
export async function renumber(db: DB, courseId: string, order: string[], at: string): Promise<void> {
	if (!order.length) return;
	const position = sql<number>`case id ${sql.join(
		order.map((id, i) => sql`when ${id} then ${sql.lit(i + 1)}`),
		sql` `
	)} end`;
	await db.updateTable('lessons').set({ position, updated_at: at }).where('course_id', '=', courseId).where('id', 'in', order).execute();
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
export const lockCourse = (db: DB, dialect: DialectName, courseId: string): Promise<void> => lockRows(db, dialect, 'courses', [courseId]);
