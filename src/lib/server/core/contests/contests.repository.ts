/** Contests, their banks of questions and the attempts: every query of the contests module. */
import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';

type DB = Kysely<Database>;
export type ContestRow = Row<'contests'> & { unit_name: string };
export type AttemptRow = Row<'contest_attempts'>;

export const findContest = (db: DB, id: string): Promise<ContestRow | undefined> =>
	db.selectFrom('contests as c').innerJoin('admin_units as u', 'u.id', 'c.unit_id').selectAll('c').select('u.name as unit_name').where('c.id', '=', id).executeTakeFirst();

export const insertContest = (db: DB, row: NewRow<'contests'>) => db.insertInto('contests').values(row).execute();

export const insertQuestions = async (db: DB, rows: NewRow<'contest_questions'>[]) => {
	for (let i = 0; i < rows.length; i += 200) await db.insertInto('contest_questions').values(rows.slice(i, i + 200)).execute();
};

export const questionsOf = (db: DB, contestId: string) => db.selectFrom('contest_questions').selectAll().where('contest_id', '=', contestId).orderBy('position').execute();

export const attemptOf = (db: DB, contestId: string, accountId: string) => db.selectFrom('contest_attempts').selectAll().where('contest_id', '=', contestId).where('account_id', '=', accountId).executeTakeFirst();

export const findAttempt = (db: DB, id: string) => db.selectFrom('contest_attempts').selectAll().where('id', '=', id).executeTakeFirst();

/** A new attempt, once per person and contest (the unique index): false when one was there already. */
export async function insertAttempt(db: DB, row: NewRow<'contest_attempts'>): Promise<boolean> {
	const r = await db
		.insertInto('contest_attempts')
		.values(row)
		.onConflict((oc) => oc.columns(['contest_id', 'account_id']).doNothing())
		.returning('id')
		.execute();
	return r.length === 1;
}

/** The submission: one UPDATE, only while the attempt is open; false when it had been submitted. */
export async function submitAttempt(db: DB, id: string, accountId: string, s: { submitted_at: string; answers: string; score: number; duration_ms: number }): Promise<boolean> {
	const r = await db.updateTable('contest_attempts').set(s).where('id', '=', id).where('account_id', '=', accountId).where('submitted_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export async function entriesOf(db: DB, contestId: string): Promise<number> {
	const r = await db.selectFrom('contest_attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('contest_id', '=', contestId).where('submitted_at', 'is not', null).executeTakeFirstOrThrow();
	return Number(r.n);
}

/** The ranking: score first, then the shorter time, then who submitted first. */
export const ranking = (db: DB, contestId: string, limit: number) =>
	db
		.selectFrom('contest_attempts')
		.select(['name', 'score', 'duration_ms', 'submitted_at'])
		.where('contest_id', '=', contestId)
		.where('submitted_at', 'is not', null)
		.orderBy('score', 'desc')
		.orderBy('duration_ms', 'asc')
		.orderBy('submitted_at', 'asc')
		.orderBy('id')
		.limit(limit)
		.execute();

/** The latest contests (closing last first). */
export const recentContests = (db: DB, limit: number) => db.selectFrom('contests as c').innerJoin('admin_units as u', 'u.id', 'c.unit_id').selectAll('c').select('u.name as unit_name').orderBy('c.closes_at', 'desc').orderBy('c.id').limit(limit).execute();
