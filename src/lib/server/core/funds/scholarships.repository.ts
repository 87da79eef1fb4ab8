/** Scholarship rounds, their nominations, documents and reviews. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type RoundRow = Row<'scholarship_rounds'> & { fund_name: string; unit_name: string; nominations: number };
export type NominationRow = Row<'scholarship_nominations'> & { village_name: string };

export const criteriaSets = (db: DB) => db.selectFrom('scholarship_criteria_sets').selectAll().orderBy('family').orderBy('version', 'desc').execute();
export const findCriteriaSet = (db: DB, id: string) => db.selectFrom('scholarship_criteria_sets').selectAll().where('id', '=', id).executeTakeFirst();
export const latestVersion = async (db: DB, family: string) => Number((await db.selectFrom('scholarship_criteria_sets').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('family', '=', family).executeTakeFirstOrThrow()).v);
export const insertCriteriaSet = (db: DB, row: NewRow<'scholarship_criteria_sets'>) => db.insertInto('scholarship_criteria_sets').values(row).execute();

const roundBase = (db: DB) =>
	db
		.selectFrom('scholarship_rounds as r')
		.innerJoin('funds as f', 'f.id', 'r.fund_id')
		.innerJoin('admin_units as u', 'u.id', 'r.unit_id')
		.selectAll('r')
		.select(['f.name as fund_name', 'u.name as unit_name', sql<number>`(select count(*) from scholarship_nominations n where n.round_id = r.id)`.as('nominations')]);

export const findRound = (db: DB, id: string): Promise<RoundRow | undefined> => roundBase(db).where('r.id', '=', id).executeTakeFirst();

/** Rounds of the funds in scope, and the rounds the account reviews. */
export const roundsFor = (db: DB, scope: ScopeSet, accountId: string, today: string, fundId: string | null) => {
	let q = roundBase(db).where((eb) => eb.or([inScopeSql(scope, 'r.unit_id', 'r.org_id', today), eb('r.id', 'in', eb.selectFrom('scholarship_reviewers').select('round_id').where('account_id', '=', accountId))]));
	if (fundId) q = q.where('r.fund_id', '=', fundId);
	return q.orderBy('r.created_at', 'desc').orderBy('r.id').limit(200).execute();
};

/** Rounds taking nominations whose area is one of these units (a nominator's commune or village and those above). */
export const openRoundsIn = (db: DB, unitIds: string[]) => (unitIds.length ? roundBase(db).where('r.status', '=', 'open').where('r.unit_id', 'in', unitIds).orderBy('r.created_at', 'desc').orderBy('r.id').limit(50).execute() : Promise.resolve([]));

export const insertRound = (db: DB, row: NewRow<'scholarship_rounds'>) => db.insertInto('scholarship_rounds').values(row).execute();

/** The round's row held for this transaction (PostgreSQL: a row lock; SQLite: the one writer already serialises). */
export async function holdRound(db: DB, dialect: DialectName, id: string): Promise<Row<'scholarship_rounds'> | undefined> {
	const q = db.selectFrom('scholarship_rounds').selectAll().where('id', '=', id);
	return dialect === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

export const updateRound = (db: DB, id: string, patch: Partial<Row<'scholarship_rounds'>>) => db.updateTable('scholarship_rounds').set(patch).where('id', '=', id).execute();

export const reviewersOf = (db: DB, roundId: string) =>
	db.selectFrom('scholarship_reviewers as s').innerJoin('accounts as a', 'a.id', 's.account_id').select(['a.id', 'a.login', 'a.display_name']).where('s.round_id', '=', roundId).orderBy('a.display_name').execute();
export const isReviewer = async (db: DB, roundId: string, accountId: string) => !!(await db.selectFrom('scholarship_reviewers').select('account_id').where('round_id', '=', roundId).where('account_id', '=', accountId).executeTakeFirst());
export const insertReviewer = (db: DB, row: NewRow<'scholarship_reviewers'>) => db.insertInto('scholarship_reviewers').values(row).execute();

/** An account by login, with whether it holds any grant but a resident's (a staff account). */
export const staffAccountByLogin = (db: DB, login: string) =>
	db
		.selectFrom('accounts as a')
		.select(['a.id', 'a.login', 'a.display_name', sql<number>`(select count(*) from role_grants g where g.account_id = a.id and g.role <> 'resident')`.as('staff_grants')])
		.where('a.login', '=', login)
		.executeTakeFirst();

const nominationBase = (db: DB) => db.selectFrom('scholarship_nominations as n').innerJoin('admin_units as v', 'v.id', 'n.village_id').selectAll('n').select('v.name as village_name');
export const findNomination = (db: DB, id: string): Promise<NominationRow | undefined> => nominationBase(db).where('n.id', '=', id).executeTakeFirst();
export const nominationsOf = (db: DB, roundId: string, byAccount: string | null = null) => {
	let q = nominationBase(db).where('n.round_id', '=', roundId);
	if (byAccount) q = q.where('n.nominated_by_account_id', '=', byAccount);
	return q.orderBy('n.created_at').orderBy('n.id').execute();
};
export const insertNomination = (db: DB, row: NewRow<'scholarship_nominations'>) => db.insertInto('scholarship_nominations').values(row).execute();
export const sameResidentNominated = (db: DB, roundId: string, residentId: string) => db.selectFrom('scholarship_nominations').select('id').where('round_id', '=', roundId).where('resident_id', '=', residentId).executeTakeFirst();
export const sameNameNominated = (db: DB, roundId: string, name: string, birthYear: number) =>
	db.selectFrom('scholarship_nominations').select('id').where('round_id', '=', roundId).where(sql`lower(pupil_name)`, '=', name.toLowerCase()).where('birth_year', '=', birthYear).executeTakeFirst();

/** Marks a nomination approved, once: false when it already was (another approval got there first). */
export async function approveNomination(db: DB, id: string, amount: number, at: string): Promise<boolean> {
	const r = await db.updateTable('scholarship_nominations').set({ status: 'approved', amount, approved_at: at }).where('id', '=', id).where('status', '=', 'nominated').executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
export const setEntry = (db: DB, id: string, entryId: string) => db.updateTable('scholarship_nominations').set({ entry_id: entryId }).where('id', '=', id).execute();

export const documentsOf = (db: DB, nominationIds: string[]) =>
	nominationIds.length ? db.selectFrom('scholarship_documents').selectAll().where('nomination_id', 'in', nominationIds).orderBy('created_at').orderBy('id').execute() : Promise.resolve([]);
export const findDocument = (db: DB, id: string) => db.selectFrom('scholarship_documents').selectAll().where('id', '=', id).executeTakeFirst();
export const insertDocument = (db: DB, row: NewRow<'scholarship_documents'>) => db.insertInto('scholarship_documents').values(row).execute();

export const reviewsOfRound = (db: DB, roundId: string) =>
	db
		.selectFrom('scholarship_reviews as r')
		.innerJoin('scholarship_nominations as n', 'n.id', 'r.nomination_id')
		.innerJoin('accounts as a', 'a.id', 'r.reviewer_account_id')
		.selectAll('r')
		.select('a.display_name as reviewer_name')
		.where('n.round_id', '=', roundId)
		.orderBy('r.submitted_at')
		.execute();
export const insertReview = (db: DB, row: NewRow<'scholarship_reviews'>) => db.insertInto('scholarship_reviews').values(row).execute();
export const findReview = (db: DB, nominationId: string, accountId: string) => db.selectFrom('scholarship_reviews').select('nomination_id').where('nomination_id', '=', nominationId).where('reviewer_account_id', '=', accountId).executeTakeFirst();

export const fundBalance = async (db: DB, fundId: string) => Number((await db.selectFrom('funds').select('balance').where('id', '=', fundId).executeTakeFirstOrThrow()).balance);
export const fundOwnerKind = async (db: DB, fundId: string) => (await db.selectFrom('funds').select('owner_kind').where('id', '=', fundId).executeTakeFirstOrThrow()).owner_kind;
