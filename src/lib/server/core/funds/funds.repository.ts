/** Funds and their books. Entries are only ever inserted (the database refuses anything else). */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type FundRow = Row<'funds'> & { unit_name: string };
export type EntryRow = Row<'fund_entries'>;

const fundBase = (db: DB) => db.selectFrom('funds as f').innerJoin('admin_units as u', 'u.id', 'f.unit_id').selectAll('f').select('u.name as unit_name');

export const findFund = (db: DB, id: string): Promise<FundRow | undefined> => fundBase(db).where('f.id', '=', id).executeTakeFirst();

export const fundsInScope = (db: DB, scope: ScopeSet, today: string, underUnit: string | null) => {
	let q = fundBase(db).where(inScopeSql(scope, 'f.unit_id', 'f.org_id', today));
	if (underUnit) q = q.where(inScopeSql({ all: false, unitIds: [underUnit], orgIds: [] }, 'f.unit_id', null, today));
	return q.orderBy('u.name').orderBy('f.name').orderBy('f.id').limit(500).execute();
};

export const insertFund = (db: DB, row: NewRow<'funds'>) => db.insertInto('funds').values(row).execute();

/**
 * The fund's row, held for this transaction: on PostgreSQL a row lock (another writer waits, then
 * reads what this one wrote); on SQLite the one writer already serialises transactions.
 */
export async function holdFund(db: DB, dialect: DialectName, id: string): Promise<Row<'funds'> | undefined> {
	const q = db.selectFrom('funds').selectAll().where('id', '=', id);
	return dialect === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

export const insertEntry = (db: DB, row: NewRow<'fund_entries'>) => db.insertInto('fund_entries').values(row).execute();

export const advanceFund = (db: DB, id: string, f: { balance: number; entry_count: number; last_hash: string; updated_at: string }) => db.updateTable('funds').set(f).where('id', '=', id).execute();

export const findEntry = (db: DB, id: string) => db.selectFrom('fund_entries').selectAll().where('id', '=', id).executeTakeFirst();

export const reversalOf = (db: DB, entryId: string) => db.selectFrom('fund_entries').select('id').where('reverses_entry_id', '=', entryId).executeTakeFirst();

/** A page of the book, latest first, with the entry that reversed each (if any). */
export async function entriesOf(db: DB, fundId: string, limit: number, offset: number) {
	const rows = await db
		.selectFrom('fund_entries as e')
		.leftJoin('fund_entries as r', 'r.reverses_entry_id', 'e.id')
		.selectAll('e')
		.select('r.id as reversed_by')
		.where('e.fund_id', '=', fundId)
		.orderBy('e.seq', 'desc')
		.limit(limit)
		.offset(offset)
		.execute();
	return rows;
}

/** Every book, fund by fund, entries in order (for `funds verify`). */
export const allFunds = (db: DB) => db.selectFrom('funds').selectAll().orderBy('created_at').orderBy('id').execute();
export const bookOf = (db: DB, fundId: string) => db.selectFrom('fund_entries').selectAll().where('fund_id', '=', fundId).orderBy('seq').execute();

export const sumOf = async (db: DB, fundId: string) => Number((await db.selectFrom('fund_entries').select(sql<number>`coalesce(sum(delta), 0)`.as('n')).where('fund_id', '=', fundId).executeTakeFirstOrThrow()).n);

/**
 * The fund's figures for its public page, computed in SQL from the same entries as the book: money
 * in (donations, net of their corrections) by way and by month, money out (payments, net of
 * theirs) by purpose. A correction carries the way or the purpose of the entry it reverses.
 */
export async function publicFigures(db: DB, fundId: string) {
	const inByMethod = await db.selectFrom('fund_entries').select(['method', sql<number>`coalesce(sum(delta), 0)`.as('n')]).where('fund_id', '=', fundId).where('method', 'is not', null).groupBy('method').execute();
	const inByMonth = await db.selectFrom('fund_entries').select([sql<string>`substr(occurred_on, 1, 7)`.as('month'), sql<number>`coalesce(sum(delta), 0)`.as('n')]).where('fund_id', '=', fundId).where('method', 'is not', null).groupBy(sql`substr(occurred_on, 1, 7)`).orderBy(sql`substr(occurred_on, 1, 7)`).execute();
	const outByPurpose = await db.selectFrom('fund_entries').select(['purpose', sql<number>`coalesce(-sum(delta), 0)`.as('n')]).where('fund_id', '=', fundId).where('purpose', 'is not', null).groupBy('purpose').execute();
	return { inByMethod, inByMonth, outByPurpose };
}

/** The latest entries of a kind that no correction has reversed (a public page's lists). */
export const standingEntries = (db: DB, fundId: string, kind: 'donation' | 'disbursement', limit: number) =>
	db
		.selectFrom('fund_entries as e')
		.selectAll('e')
		.where('e.fund_id', '=', fundId)
		.where('e.kind', '=', kind)
		.where(sql<boolean>`not exists (select 1 from fund_entries r where r.reverses_entry_id = e.id)`)
		.orderBy('e.seq', 'desc')
		.limit(limit)
		.execute();
