/** Every query of the community bookshelves. Counts from PostgreSQL arrive as strings: numbers here. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { DialectName } from '../../platform/db';
import { containsSql, fullTextCandidatesSql } from '../../platform/db/dialect';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import type { SearchTerms } from '../../platform/text';

type DB = Kysely<Database>;

export type ShelfRow = Row<'library_shelves'> & { unit_name: string; commune_name: string | null; copies: number; on_loan: number };

/** A shelf with its place's name, its commune's (as of today) and its counts of copies. */
const shelfBase = (db: DB, today: string, counts = true) =>
	db
		.selectFrom('library_shelves as s')
		.innerJoin('admin_units as u', 'u.id', 's.unit_id')
		.leftJoin('unit_links as l', (j) => j.onRef('l.unit_id', '=', 'u.id').on('l.valid_from', '<=', today).on((eb) => eb.or([eb('l.valid_until', 'is', null), eb('l.valid_until', '>', today)])))
		.leftJoin('admin_units as p', 'p.id', 'l.parent_id')
		.selectAll('s')
		.select(['u.name as unit_name', sql<string | null>`case when u.level = 'commune' then u.name when p.level = 'commune' then p.name else null end`.as('commune_name')])
		.select((eb) =>
			counts
				? [
						eb.selectFrom('library_copies as c').whereRef('c.shelf_id', '=', 's.id').where('c.status', '!=', 'withdrawn').select(sql<number>`count(*)`.as('n')).as('copies'),
						eb.selectFrom('library_copies as c').whereRef('c.shelf_id', '=', 's.id').where('c.status', '=', 'on_loan').select(sql<number>`count(*)`.as('n')).as('on_loan')
					]
				: [sql<number>`0`.as('copies'), sql<number>`0`.as('on_loan')]
		);

export const findShelf = (db: DB, id: string, today: string, counts = true) => shelfBase(db, today, counts).where('s.id', '=', id).executeTakeFirst() as Promise<ShelfRow | undefined>;

export const shelvesInScope = (db: DB, scope: ScopeSet, today: string) =>
	shelfBase(db, today).where(inScopeSql(scope, 's.unit_id', 's.org_id', today)).orderBy('u.name').orderBy('s.name').limit(500).execute() as Promise<ShelfRow[]>;

export const shelvesKeptBy = (db: DB, accountId: string, today: string) =>
	shelfBase(db, today)
		.where('s.id', 'in', db.selectFrom('library_keepers').select('shelf_id').where('account_id', '=', accountId))
		.orderBy('s.name')
		.execute() as Promise<ShelfRow[]>;

/** Open shelves, optionally under a commune (as of today): the public list. */
export const publicShelves = (db: DB, today: string, underUnit: string | null) => {
	let q = shelfBase(db, today).where('s.status', '=', 'open');
	if (underUnit) q = q.where(sql<boolean>`s.unit_id in (${unitSubtreeSql([underUnit], today)})`);
	return q.orderBy('u.name').orderBy('s.name').limit(500).execute() as Promise<ShelfRow[]>;
};

/** How many days a copy set aside waits for its reader at the shelf. */
export const holdDaysOf = async (db: DB, shelfId: string) => Number((await db.selectFrom('library_shelves').select('hold_days').where('id', '=', shelfId).executeTakeFirst())?.hold_days ?? 7);
export const insertShelf = (db: DB, row: NewRow<'library_shelves'>) => db.insertInto('library_shelves').values(row).execute();
export type NewShelf = NewRow<'library_shelves'>;
export const updateShelf = (db: DB, id: string, patch: Partial<NewShelf>) => db.updateTable('library_shelves').set(patch).where('id', '=', id).execute();

export const isKeeper = async (db: DB, shelfId: string, accountId: string) =>
	(await db.selectFrom('library_keepers').select('shelf_id').where('shelf_id', '=', shelfId).where('account_id', '=', accountId).executeTakeFirst()) !== undefined;
export const keepersOf = (db: DB, shelfId: string) =>
	db.selectFrom('library_keepers as k').innerJoin('accounts as a', 'a.id', 'k.account_id').select(['a.id', 'a.login', 'a.display_name']).where('k.shelf_id', '=', shelfId).orderBy('a.display_name').execute();
export const addKeeper = (db: DB, row: NewRow<'library_keepers'>) =>
	db
		.insertInto('library_keepers')
		.values(row)
		.onConflict((oc) => oc.columns(['shelf_id', 'account_id']).doNothing())
		.execute();
/** Removes a keeper from a shelf: true when they were one. */
export async function removeKeeper(db: DB, shelfId: string, accountId: string): Promise<boolean> {
	const r = await db.deleteFrom('library_keepers').where('shelf_id', '=', shelfId).where('account_id', '=', accountId).executeTakeFirst();
	return Number(r.numDeletedRows) === 1;
}

/** An active account by its login (a reader, a keeper being named). */
export const accountByLogin = (db: DB, login: string) =>
	db.selectFrom('accounts').select(['id', 'login', 'display_name', 'email', 'status']).where('login', '=', login).where('status', '=', 'active').executeTakeFirst();
export const accountContact = (db: DB, id: string) => db.selectFrom('accounts').select(['id', 'display_name', 'email', 'status']).where('id', '=', id).executeTakeFirst();

// titles

export type TitleRow = Row<'library_titles'>;
export const findTitle = (db: DB, id: string) => db.selectFrom('library_titles').selectAll().where('id', '=', id).executeTakeFirst();
export const titleByIsbn = (db: DB, isbn: string) => db.selectFrom('library_titles').selectAll().where('isbn', '=', isbn).where('status', '=', 'active').executeTakeFirst();
/** An active title of the same key with no ISBN of its own, or the same ISBN as given. */
export const titleByKey = (db: DB, key: string) => db.selectFrom('library_titles').selectAll().where('title_key', '=', key).where('status', '=', 'active').orderBy('created_at').executeTakeFirst();
export const insertTitle = (db: DB, row: NewRow<'library_titles'>) => db.insertInto('library_titles').values(row).execute();
export const updateTitle = (db: DB, id: string, patch: Partial<NewRow<'library_titles'>>) => db.updateTable('library_titles').set(patch).where('id', '=', id).execute();

/** A duplicate's copies, loans and holds become the kept title's; the duplicate points at it. */
export async function mergeTitle(db: DB, keepId: string, dupId: string, at: string) {
	await db.updateTable('library_copies').set({ title_id: keepId, updated_at: at }).where('title_id', '=', dupId).execute();
	await db.updateTable('library_loans').set({ title_id: keepId }).where('title_id', '=', dupId).execute();
	// a reader waiting for both keeps the older hold
	await db
		.updateTable('library_holds')
		.set({ live: null, status: 'cancelled', closed_at: at })
		.where('title_id', '=', dupId)
		.where('live', '=', 1)
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('library_holds as h2')
					.select('h2.id')
					.where('h2.title_id', '=', keepId)
					.where('h2.live', '=', 1)
					.whereRef('h2.shelf_id', '=', 'library_holds.shelf_id')
					.whereRef('h2.reader_account_id', '=', 'library_holds.reader_account_id')
			)
		)
		.execute();
	await db.updateTable('library_holds').set({ title_id: keepId }).where('title_id', '=', dupId).execute();
	await db.updateTable('library_titles').set({ status: 'merged', merged_into_id: keepId, isbn: null, updated_at: at }).where('id', '=', dupId).execute();
}

export interface CatalogFilter {
	dialect: DialectName;
	terms: SearchTerms | null;
	unit?: string | undefined;
	shelf?: string | undefined;
	age?: string | undefined;
	subject?: string | undefined;
	available?: boolean | undefined;
	today: string;
	limit: number;
	offset: number;
}

export type CatalogRow = TitleRow & { copies: number; available: number };

/** How many text matches are ranked at most. */
export const SEARCH_CANDIDATES = 300;

/**
 * The public catalog: active titles that have a copy on an open shelf (in the commune or on the
 * shelf asked for; available now when asked), with their counts. With search terms, the full-text
 * index picks the best candidates (bm25 / ts_rank), titles holding the exact accents typed first.
 */
export async function catalog(db: DB, f: CatalogFilter): Promise<{ rows: CatalogRow[]; total: number }> {
	const copyWhere = (c: string) => {
		const parts = [sql`${sql.ref(`${c}.title_id`)} = t.id`, sql`${sql.ref(`${c}.status`)} != 'withdrawn'`, sql`${sql.ref(`${c}.shelf_id`)} in (select id from library_shelves where status = 'open')`];
		if (f.shelf) parts.push(sql`${sql.ref(`${c}.shelf_id`)} = ${f.shelf}`);
		if (f.unit) parts.push(sql`${sql.ref(`${c}.shelf_id`)} in (select id from library_shelves where unit_id in (${unitSubtreeSql([f.unit], f.today)}))`);
		return sql.join(parts, sql` and `);
	};
	const filtered = (ids: string[] | null) => {
		let q = db.selectFrom('library_titles as t').where('t.status', '=', 'active');
		if (ids) q = q.where('t.id', 'in', ids.length ? ids : ['']);
		if (f.age) q = q.where('t.age_group', '=', f.age);
		if (f.subject) q = q.where('t.subject', '=', f.subject);
		return q.where(sql<boolean>`exists (select 1 from library_copies c where ${copyWhere('c')}${f.available ? sql` and c.status = 'available'` : sql``})`);
	};
	const withCounts = (ids: string[]) =>
		db
			.selectFrom('library_titles as t')
			.selectAll('t')
			.select([sql<number>`(select count(*) from library_copies c where ${copyWhere('c')})`.as('copies'), sql<number>`(select count(*) from library_copies c where ${copyWhere('c')} and c.status = 'available')`.as('available')])
			.where('t.id', 'in', ids.length ? ids : [''])
			.execute();
	const tidy = (rows: Awaited<ReturnType<typeof withCounts>>) => rows.map((r) => ({ ...r, copies: Number(r.copies), available: Number(r.available), year: r.year === null ? null : Number(r.year) })) as CatalogRow[];
	if (f.terms) {
		// the full-text index is asked once: the best candidates by text rank (bm25 / ts_rank); the
		// filters keep some, those holding the exact accents typed come first, then by rank
		const cands = await sql<{ id: string; rank: number }>`select id, rank from ${fullTextCandidatesSql(f.dialect, { table: 'library_titles', ftsTable: 'library_titles_fts', tokens: f.terms.tokens, statuses: ['active'], limit: SEARCH_CANDIDATES })} as f`.execute(db);
		const rank = new Map(cands.rows.map((r, i) => [r.id, i]));
		const kept = await filtered([...rank.keys()]).select(['t.id', containsSql(f.dialect, 't.title', f.terms.exact).as('exact')]).execute();
		kept.sort((a, b) => Number(b.exact) - Number(a.exact) || rank.get(a.id)! - rank.get(b.id)!);
		const page = kept.slice(f.offset, f.offset + f.limit).map((r) => r.id);
		const rows = tidy(await withCounts(page));
		rows.sort((a, b) => page.indexOf(a.id) - page.indexOf(b.id));
		return { rows, total: kept.length };
	}
	const [totalRow, ids] = await Promise.all([filtered(null).select(sql<number>`count(*)`.as('n')).executeTakeFirst(), filtered(null).select('t.id').orderBy('t.title_key').orderBy('t.id').limit(f.limit).offset(f.offset).execute()]);
	const page = ids.map((r) => r.id);
	const rows = tidy(await withCounts(page));
	rows.sort((a, b) => page.indexOf(a.id) - page.indexOf(b.id));
	return { rows, total: Number(totalRow?.n ?? 0) };
}

/** Where a title's copies are: per open shelf, how many and how many are in. */
export const titleShelves = (db: DB, titleId: string, today: string) =>
	shelfBase(db, today)
		.clearSelect()
		.select(['s.id', 's.name', 's.hours', 's.address', 'u.name as unit_name', sql<string | null>`case when u.level = 'commune' then u.name when p.level = 'commune' then p.name else null end`.as('commune_name')])
		.innerJoin('library_copies as c', 'c.shelf_id', 's.id')
		.where('c.title_id', '=', titleId)
		.where('c.status', '!=', 'withdrawn')
		.where('s.status', '=', 'open')
		.groupBy(['s.id', 's.name', 's.hours', 's.address', 'u.name', 'u.level', 'p.level', 'p.name'])
		.select([sql<number>`count(*)`.as('copies'), sql<number>`sum(case when c.status = 'available' then 1 else 0 end)`.as('available')])
		.orderBy('u.name')
		.orderBy('s.name')
		.execute();

// copies

export type CopyRow = Row<'library_copies'>;
export const copyByCode = (db: DB, code: string) => db.selectFrom('library_copies').selectAll().where('code', '=', code).executeTakeFirst();
export const insertCopies = (db: DB, rows: NewRow<'library_copies'>[]) => db.insertInto('library_copies').values(rows).execute();
export const copiesOn = (db: DB, shelfId: string, ids: readonly string[] | null, limit: number) => {
	let q = db
		.selectFrom('library_copies as c')
		.innerJoin('library_titles as t', 't.id', 'c.title_id')
		.select(['c.id', 'c.code', 'c.status', 't.title', 't.authors'])
		.where('c.shelf_id', '=', shelfId)
		.where('c.status', '!=', 'withdrawn');
	if (ids) q = q.where('c.id', 'in', ids.length ? [...ids] : ['']);
	return q.orderBy('c.created_at', 'desc').orderBy('c.id').limit(limit).execute();
};

/** The copy's state moves from `from` to `to`, only if it still is `from`: true when it did. */
export async function moveCopy(db: DB, id: string, from: string, to: string, at: string, heldFor: string | null = null): Promise<boolean> {
	const r = await db.updateTable('library_copies').set({ status: to, held_for_hold_id: heldFor, updated_at: at }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

// loans

export const insertLoan = (db: DB, row: NewRow<'library_loans'>) => db.insertInto('library_loans').values(row).execute();
export const openLoanOf = (db: DB, copyId: string) => db.selectFrom('library_loans').selectAll().where('copy_id', '=', copyId).where('returned_at', 'is', null).executeTakeFirst();
export const findLoan = (db: DB, id: string) => db.selectFrom('library_loans').selectAll().where('id', '=', id).executeTakeFirst();
export async function closeLoan(db: DB, id: string, at: string, by: string): Promise<boolean> {
	const r = await db.updateTable('library_loans').set({ returned_at: at, returned_by_account_id: by }).where('id', '=', id).where('returned_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
export async function renewLoan(db: DB, id: string, renewals: number, dueOn: string): Promise<boolean> {
	const r = await db.updateTable('library_loans').set({ renewals: renewals + 1, due_on: dueOn, reminded_on: null }).where('id', '=', id).where('renewals', '=', renewals).where('returned_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

const loanView = (db: DB) =>
	db
		.selectFrom('library_loans as l')
		.innerJoin('library_copies as c', 'c.id', 'l.copy_id')
		.innerJoin('library_titles as t', 't.id', 'l.title_id')
		.innerJoin('library_shelves as s', 's.id', 'l.shelf_id')
		.innerJoin('accounts as a', 'a.id', 'l.reader_account_id')
		.selectAll('l')
		.select(['c.code as copy_code', 't.title', 's.name as shelf_name', 'a.display_name as reader_name']);
export type LoanView = Awaited<ReturnType<ReturnType<typeof loanView>['executeTakeFirstOrThrow']>>;

export const loanViewById = (db: DB, id: string) => loanView(db).where('l.id', '=', id).executeTakeFirst();
/** A shelf's loans out, the longest overdue first (soonest due first after them). */
export const openLoansOn = (db: DB, shelfId: string, limit: number) => loanView(db).where('l.shelf_id', '=', shelfId).where('l.returned_at', 'is', null).orderBy('l.due_on').orderBy('l.id').limit(limit).execute();
/** A shelf's loans out past their due date. */
export const overdueCountOn = async (db: DB, shelfId: string, today: string) =>
	Number((await db.selectFrom('library_loans').select(sql<number>`count(*)`.as('n')).where('shelf_id', '=', shelfId).where('returned_at', 'is', null).where('due_on', '<', today).executeTakeFirst())?.n ?? 0);
/** A reader's loans, newest first; hidden ones only when asked — but a book still out always shows (it is theirs to bring back). */
export const loansOfReader = (db: DB, accountId: string, withHidden: boolean) => {
	let q = loanView(db).where('l.reader_account_id', '=', accountId);
	if (!withHidden) q = q.where((eb) => eb.or([eb('l.hidden', '=', 0), eb('l.returned_at', 'is', null)]));
	return q.orderBy('l.lent_at', 'desc').limit(500).execute();
};
export const setLoanHidden = (db: DB, id: string, accountId: string, hidden: boolean) =>
	db.updateTable('library_loans').set({ hidden: hidden ? 1 : 0 }).where('id', '=', id).where('reader_account_id', '=', accountId).executeTakeFirst();

/** Open loans due from today to `until` not yet reminded, for the reminders job (overdue ones get the overdue letter). */
export const loansToRemind = (db: DB, today: string, until: string, limit: number) =>
	loanView(db).where('l.returned_at', 'is', null).where('l.due_on', '>=', today).where('l.due_on', '<=', until).where('l.reminded_on', 'is', null).orderBy('l.due_on').limit(limit).execute();

/** Open loans past their due date (since `since`) whose overdue letter has not gone, oldest due first. */
export const loansOverdueUnnoticed = (db: DB, since: string, today: string, limit: number) =>
	loanView(db).where('l.returned_at', 'is', null).where('l.due_on', '>=', since).where('l.due_on', '<', today).where('l.overdue_notice_on', 'is', null).orderBy('l.due_on').orderBy('l.id').limit(limit).execute();

/** Claims a loan's one overdue letter (false when another run already did, or it came back meanwhile). */
export async function claimOverdueNotice(db: DB, id: string, today: string): Promise<boolean> {
	const r = await db.updateTable('library_loans').set({ overdue_notice_on: today }).where('id', '=', id).where('overdue_notice_on', 'is', null).where('returned_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
/** Claims a loan's reminder for today (false when another worker already did). */
export async function claimReminder(db: DB, id: string, today: string): Promise<boolean> {
	const r = await db.updateTable('library_loans').set({ reminded_on: today }).where('id', '=', id).where('reminded_on', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

// holds

export const insertHold = (db: DB, row: NewRow<'library_holds'>) => db.insertInto('library_holds').values(row).execute();
export const findHold = (db: DB, id: string) => db.selectFrom('library_holds').selectAll().where('id', '=', id).executeTakeFirst();
/** The first reader waiting for a title at a shelf. */
export const firstWaiting = (db: DB, titleId: string, shelfId: string) =>
	db.selectFrom('library_holds').selectAll().where('title_id', '=', titleId).where('shelf_id', '=', shelfId).where('status', '=', 'waiting').orderBy('created_at').orderBy('id').executeTakeFirst();
export const waitingCount = async (db: DB, titleId: string, shelfId: string) =>
	Number((await db.selectFrom('library_holds').select(sql<number>`count(*)`.as('n')).where('title_id', '=', titleId).where('shelf_id', '=', shelfId).where('status', '=', 'waiting').executeTakeFirst())?.n ?? 0);
export async function moveHold(db: DB, id: string, from: string, patch: Partial<NewRow<'library_holds'>>): Promise<boolean> {
	const r = await db.updateTable('library_holds').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
/** An available copy of a title on a shelf, if any. */
export const availableCopy = (db: DB, titleId: string, shelfId: string) =>
	db.selectFrom('library_copies').selectAll().where('title_id', '=', titleId).where('shelf_id', '=', shelfId).where('status', '=', 'available').orderBy('id').executeTakeFirst();
export const copiesOfTitleOn = async (db: DB, titleId: string, shelfId: string) =>
	Number((await db.selectFrom('library_copies').select(sql<number>`count(*)`.as('n')).where('title_id', '=', titleId).where('shelf_id', '=', shelfId).where('status', '!=', 'withdrawn').executeTakeFirst())?.n ?? 0);

const holdView = (db: DB) =>
	db
		.selectFrom('library_holds as h')
		.innerJoin('library_titles as t', 't.id', 'h.title_id')
		.innerJoin('library_shelves as s', 's.id', 'h.shelf_id')
		.innerJoin('accounts as a', 'a.id', 'h.reader_account_id')
		.leftJoin('library_copies as c', 'c.id', 'h.copy_id')
		.selectAll('h')
		.select(['t.title', 's.name as shelf_name', 'a.display_name as reader_name', 'c.code as copy_code'])
		.select(sql<number | null>`case when h.status = 'waiting' then (select count(*) from library_holds h2 where h2.title_id = h.title_id and h2.shelf_id = h.shelf_id and h2.status = 'waiting' and (h2.created_at < h.created_at or (h2.created_at = h.created_at and h2.id <= h.id))) else null end`.as('position'));
export type HoldView = Awaited<ReturnType<ReturnType<typeof holdView>['executeTakeFirstOrThrow']>>;
export const holdViewById = (db: DB, id: string) => holdView(db).where('h.id', '=', id).executeTakeFirst();
export const liveHoldsOn = (db: DB, shelfId: string, limit: number) => holdView(db).where('h.shelf_id', '=', shelfId).where('h.live', '=', 1).orderBy('h.status').orderBy('h.created_at').limit(limit).execute();
export const liveHoldsOfReader = (db: DB, accountId: string) => holdView(db).where('h.reader_account_id', '=', accountId).where('h.live', '=', 1).orderBy('h.created_at').execute();
/** The reader's holds that expired since `since` (an ISO time), newest first: what /account tells them. */
export const expiredHoldsOfReader = (db: DB, accountId: string, since: string) =>
	holdView(db).where('h.reader_account_id', '=', accountId).where('h.status', '=', 'expired').where('h.closed_at', '>=', since).orderBy('h.closed_at', 'desc').limit(20).execute();

/** Ready holds whose last day has passed, for the reminders job. */
export const readyHoldsPast = (db: DB, today: string, limit: number) =>
	db.selectFrom('library_holds').selectAll().where('status', '=', 'ready').where('ready_until', '<', today).orderBy('ready_until').orderBy('id').limit(limit).execute();

/**
 * Takes the copy set aside for a hold, still held for it: true when it is. An UPDATE that changes
 * nothing but locks the copy's row first (as lending does), so that expiring a hold and lending
 * its copy at the same moment queue up rather than deadlock on PostgreSQL.
 */
export async function lockCopyHeldFor(db: DB, copyId: string, holdId: string): Promise<boolean> {
	const r = await db.updateTable('library_copies').set({ held_for_hold_id: holdId }).where('id', '=', copyId).where('status', '=', 'held').where('held_for_hold_id', '=', holdId).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
export const findCopy = (db: DB, id: string) => db.selectFrom('library_copies').selectAll().where('id', '=', id).executeTakeFirst();
export const updateCopyNote = (db: DB, id: string, note: string | null) => db.updateTable('library_copies').set({ note }).where('id', '=', id).execute();
export type { Row };
