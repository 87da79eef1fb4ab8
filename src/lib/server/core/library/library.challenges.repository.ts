/**
 * Every query of the reading challenges. A book counts for a reader when a loan of it was made on
 * or after the challenge's first day, on a shelf in the challenge's commune (or city), and brought
 * back before its last day ended (Việt Nam time); the same title borrowed again counts once.
 * Counts from PostgreSQL arrive as strings: numbers here.
 */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { addDays, vnDayStart } from '../../platform/clock';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type ChallengeRow = Row<'reading_challenges'> & { unit_name: string; org_name: string; participants: number; reached: number };

const challengeBase = (db: DB) =>
	db
		.selectFrom('reading_challenges as c')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.innerJoin('organizations as o', 'o.id', 'c.org_id')
		.selectAll('c')
		.select([
			'u.name as unit_name',
			'o.name as org_name',
			(eb) => eb.selectFrom('reading_challenge_entries as e').whereRef('e.challenge_id', '=', 'c.id').select(sql<number>`count(*)`.as('n')).as('participants'),
			(eb) => eb.selectFrom('reading_challenge_entries as e').whereRef('e.challenge_id', '=', 'c.id').where('e.reached_at', 'is not', null).select(sql<number>`count(*)`.as('n')).as('reached')
		]);

const numbers = (r: ChallengeRow): ChallengeRow => ({ ...r, goal_books: Number(r.goal_books), participants: Number(r.participants ?? 0), reached: Number(r.reached ?? 0) });

export async function findChallenge(db: DB, id: string): Promise<ChallengeRow | undefined> {
	const r = await challengeBase(db).where('c.id', '=', id).executeTakeFirst();
	return r && numbers(r as ChallengeRow);
}

/**
 * Open challenges, public: those not over (`current`, soonest ending first) or over (`past`,
 * latest first), optionally only those set in the given units (a place and those above it).
 */
export async function publicChallenges(db: DB, today: string, when: 'current' | 'past', concerning: readonly string[] | null, limit = 100): Promise<ChallengeRow[]> {
	let q = challengeBase(db).where('c.status', '=', 'open');
	q = when === 'current' ? q.where('c.ends_on', '>=', today).orderBy('c.ends_on').orderBy('c.id') : q.where('c.ends_on', '<', today).orderBy('c.ends_on', 'desc').orderBy('c.id');
	// a challenge counts the shelves under its unit: it concerns a place when it is set there or above
	if (concerning) q = q.where('c.unit_id', 'in', concerning.length ? concerning : ['']);
	return ((await q.limit(limit).execute()) as ChallengeRow[]).map(numbers);
}

/** The challenges in the actor's scope, newest first (the organisers' list). */
export async function challengesInScope(db: DB, scope: ScopeSet, today: string, limit = 200): Promise<ChallengeRow[]> {
	const rows = await challengeBase(db).where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today)).orderBy('c.starts_on', 'desc').orderBy('c.id').limit(limit).execute();
	return (rows as ChallengeRow[]).map(numbers);
}

export const insertChallenge = (db: DB, row: NewRow<'reading_challenges'>) => db.insertInto('reading_challenges').values(row).execute();
export const updateChallenge = (db: DB, id: string, patch: Partial<NewRow<'reading_challenges'>>) => db.updateTable('reading_challenges').set(patch).where('id', '=', id).execute();

/** The communes and provinces (the city) in scope, in force today: where a challenge may be set. */
export const challengeUnitsInScope = (db: DB, scope: ScopeSet, today: string) =>
	db
		.selectFrom('admin_units as u')
		.select(['u.id', 'u.name', 'u.level'])
		.where('u.level', 'in', ['commune', 'province'])
		.where('u.valid_from', '<=', today)
		.where((eb) => eb.or([eb('u.valid_until', 'is', null), eb('u.valid_until', '>', today)]))
		.where(inScopeSql(scope, 'u.id', null, today))
		.orderBy('u.level', 'desc')
		.orderBy('u.name')
		.limit(500)
		.execute();

/** Centres, schools and association branches in scope (those a challenge may name as organiser), by name. */
export const organisersInScope = (db: DB, scope: ScopeSet, kinds: readonly string[], today: string) =>
	db
		.selectFrom('organizations as o')
		.innerJoin('admin_units as u', 'u.id', 'o.unit_id')
		.select(['o.id', 'o.name', 'o.unit_id', 'u.name as unit_name'])
		.where('o.kind', 'in', kinds)
		.where((eb) => eb.or([eb('o.valid_until', 'is', null), eb('o.valid_until', '>', today)]))
		.where(inScopeSql(scope, 'o.unit_id', 'o.id', today))
		.orderBy('o.name')
		.limit(500)
		.execute();

/** Whether an organisation sits in a unit's area as of d (the unit itself or below it). */
export async function orgWithin(db: DB, orgId: string, unitId: string, d: string): Promise<boolean> {
	const r = await db
		.selectFrom('organizations')
		.select('id')
		.where('id', '=', orgId)
		.where(sql<boolean>`unit_id in (${unitSubtreeSql([unitId], d)})`)
		.executeTakeFirst();
	return r !== undefined;
}

// entries

export const findEntry = (db: DB, challengeId: string, accountId: string) => db.selectFrom('reading_challenge_entries').selectAll().where('challenge_id', '=', challengeId).where('account_id', '=', accountId).executeTakeFirst();

/** Joins a reader once: answers whether this call wrote the entry (a second, or a concurrent one, does not). */
export async function insertEntry(db: DB, row: NewRow<'reading_challenge_entries'>): Promise<boolean> {
	const r = await db.insertInto('reading_challenge_entries').values(row).onConflict((oc) => oc.columns(['challenge_id', 'account_id']).doNothing()).returning('id').executeTakeFirst();
	return r !== undefined;
}

export async function deleteEntry(db: DB, id: string): Promise<boolean> {
	const r = await db.deleteFrom('reading_challenge_entries').where('id', '=', id).where('reached_at', 'is', null).executeTakeFirst();
	return Number(r.numDeletedRows) === 1;
}

/** Marks an entry reached, once: answers whether this call did (a concurrent check finds it done). */
export async function claimReached(db: DB, id: string, at: string, books: number): Promise<boolean> {
	const r = await db.updateTable('reading_challenge_entries').set({ reached_at: at, books }).where('id', '=', id).where('reached_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export const setEntryCertificate = (db: DB, id: string, certificateId: string) => db.updateTable('reading_challenge_entries').set({ certificate_id: certificateId }).where('id', '=', id).execute();

/** The loans that count for a challenge, as a subquery's pieces: its dates and shelves. */
function countingLoans(db: DB, c: Pick<ChallengeRow, 'unit_id' | 'starts_on' | 'ends_on'>, asOf: string) {
	const endsAt = vnDayStart(addDays(c.ends_on, 1));
	return db
		.selectFrom('library_loans as l')
		.where('l.lent_on', '>=', c.starts_on)
		.where('l.lent_on', '<=', c.ends_on)
		.where(sql<boolean>`l.shelf_id in (select s.id from library_shelves s where s.unit_id in (${unitSubtreeSql([c.unit_id], asOf)}))`)
		.where((eb) => eb.or([eb('l.returned_at', 'is', null), eb('l.returned_at', '<', endsAt)]));
}

/**
 * Each reader's progress in a challenge: distinct titles brought back, and titles still out
 * (borrowed in the dates, not back yet, not among those counted). For the readers named, or all
 * who joined (`accountIds` null).
 */
export async function progress(db: DB, c: Pick<ChallengeRow, 'id' | 'unit_id' | 'starts_on' | 'ends_on'>, asOf: string, accountIds: readonly string[] | null): Promise<Map<string, { books: number; onLoan: number }>> {
	let q = countingLoans(db, c, asOf)
		.innerJoin('reading_challenge_entries as e', (j) => j.onRef('e.account_id', '=', 'l.reader_account_id').on('e.challenge_id', '=', c.id))
		.select([
			'l.reader_account_id as account_id',
			sql<number>`count(distinct case when l.returned_at is not null then l.title_id end)`.as('books'),
			sql<number>`count(distinct case when l.returned_at is null then l.title_id end)`.as('on_loan')
		])
		.groupBy('l.reader_account_id');
	if (accountIds) {
		if (!accountIds.length) return new Map();
		q = q.where('l.reader_account_id', 'in', accountIds);
	}
	const rows = await q.execute();
	return new Map(rows.map((r) => [r.account_id, { books: Number(r.books), onLoan: Number(r.on_loan) }]));
}

/** The titles a reader brought back that count for a challenge, newest first (their own page). */
export const countedTitles = (db: DB, c: Pick<ChallengeRow, 'unit_id' | 'starts_on' | 'ends_on'>, asOf: string, accountId: string) =>
	countingLoans(db, c, asOf)
		.innerJoin('library_titles as t', 't.id', 'l.title_id')
		.where('l.reader_account_id', '=', accountId)
		.where('l.returned_at', 'is not', null)
		.select(['t.id', 't.title', 't.authors', sql<string>`max(l.returned_at)`.as('returned_at')])
		.groupBy(['t.id', 't.title', 't.authors'])
		.orderBy(sql`max(l.returned_at)`, 'desc')
		.limit(200)
		.execute();

/** Entries not reached yet whose reader has met the goal (the job's work), with the reader's name. */
export async function entriesReaching(db: DB, c: ChallengeRow, asOf: string, accountId: string | null) {
	let q = countingLoans(db, c, asOf)
		.innerJoin('reading_challenge_entries as e', (j) => j.onRef('e.account_id', '=', 'l.reader_account_id').on('e.challenge_id', '=', c.id))
		.innerJoin('accounts as a', 'a.id', 'e.account_id')
		.where('e.reached_at', 'is', null)
		.where('l.returned_at', 'is not', null)
		.select(['e.id', 'e.account_id', 'a.display_name', 'a.email', 'a.status', sql<number>`count(distinct l.title_id)`.as('books')])
		.groupBy(['e.id', 'e.account_id', 'a.display_name', 'a.email', 'a.status'])
		.having(sql<number>`count(distinct l.title_id)`, '>=', c.goal_books);
	if (accountId) q = q.where('e.account_id', '=', accountId);
	return (await q.limit(500).execute()).map((r) => ({ ...r, books: Number(r.books) }));
}

/** Challenges whose goal can still be reached, or was reached while the job was not looking: running, or over since the day given. */
export async function challengesToCheck(db: DB, today: string, accountId: string | null, overSince: string): Promise<ChallengeRow[]> {
	let q = challengeBase(db).where('c.status', '=', 'open').where('c.starts_on', '<=', today).where('c.ends_on', '>=', overSince);
	if (accountId) q = q.where('c.id', 'in', db.selectFrom('reading_challenge_entries').select('challenge_id').where('account_id', '=', accountId).where('reached_at', 'is', null));
	return ((await q.limit(200).execute()) as ChallengeRow[]).map(numbers);
}

/** A challenge's participants with their names, for its organisers (joined first first). */
export const entriesOf = (db: DB, challengeId: string, limit: number) =>
	db
		.selectFrom('reading_challenge_entries as e')
		.innerJoin('accounts as a', 'a.id', 'e.account_id')
		.leftJoin('certificates as k', 'k.id', 'e.certificate_id')
		.select(['e.id', 'e.account_id', 'e.joined_at', 'e.reached_at', 'a.display_name', 'a.login', 'k.code as certificate_code'])
		.where('e.challenge_id', '=', challengeId)
		.orderBy('e.joined_at')
		.orderBy('e.id')
		.limit(limit)
		.execute();

/** A reader's entries with their challenges, latest ending first (their record). */
export const entriesOfReader = async (db: DB, accountId: string) =>
	(
		await challengeBase(db)
		.innerJoin('reading_challenge_entries as e', 'e.challenge_id', 'c.id')
		.leftJoin('certificates as k', 'k.id', 'e.certificate_id')
		.select(['e.id as entry_id', 'e.joined_at', 'e.reached_at', 'e.books as reached_books', 'k.code as certificate_code'])
		.where('e.account_id', '=', accountId)
			.where('c.status', '=', 'open')
			.orderBy('c.ends_on', 'desc')
			.limit(100)
			.execute()
	).map((r) => ({ ...numbers(r as ChallengeRow), joined_at: r.joined_at, reached_at: r.reached_at, reached_books: r.reached_books === null ? null : Number(r.reached_books), certificate_code: r.certificate_code }));

/** The certificate an entry received (its code). */
export const certificateCodeOf = async (db: DB, certificateId: string | null) =>
	certificateId ? (await db.selectFrom('certificates').select('code').where('id', '=', certificateId).executeTakeFirst())?.code ?? null : null;
