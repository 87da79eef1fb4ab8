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
		.leftJoin('fund_donors as d', 'd.id', 'e.donor_id')
		.leftJoin('fund_receipts as rc', 'rc.entry_id', 'e.id')
		.leftJoin('funds as cf', 'cf.id', 'e.counterpart_fund_id')
		.selectAll('e')
		.select(['r.id as reversed_by', 'd.name as donor_name', 'd.public as donor_public', 'rc.number as receipt_number', 'rc.year as receipt_year', 'rc.code as receipt_code', 'cf.name as counterpart_fund_name'])
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

/** An entry counted on its month's line of the fund's running totals (in its transaction). */
export const addToTotals = (db: DB, fundId: string, month: string, line: string, amount: number) =>
	db
		.insertInto('fund_month_totals')
		.values({ fund_id: fundId, month, line, amount, entries: 1 })
		.onConflict((oc) => oc.columns(['fund_id', 'month', 'line']).doUpdateSet({ amount: sql`fund_month_totals.amount + excluded.amount`, entries: sql`fund_month_totals.entries + 1` }))
		.execute();

/** A fund's running totals, and the same computed from its entries (for `funds verify`). */
export const totalsOf = (db: DB, fundId: string) => db.selectFrom('fund_month_totals').select(['month', 'line', 'amount', 'entries']).where('fund_id', '=', fundId).orderBy('month').orderBy('line').execute();
export const totalsFromEntries = (db: DB, fundId: string) => {
	const line = sql<string>`case when method is not null then 'in:' || method when purpose is not null then 'out:' || purpose when counterpart_fund_id is not null then 'move:' || counterpart_fund_id end`;
	return db
		.selectFrom('fund_entries')
		.select([sql<string>`substr(occurred_on, 1, 7)`.as('month'), line.as('line'), sql<number>`sum(delta)`.as('amount'), sql<number>`count(*)`.as('entries')])
		.where('fund_id', '=', fundId)
		.where((w) => w.or([w('method', 'is not', null), w('purpose', 'is not', null), w('counterpart_fund_id', 'is not', null)]))
		.groupBy([sql`substr(occurred_on, 1, 7)`, line])
		.orderBy(sql`substr(occurred_on, 1, 7)`)
		.orderBy(line)
		.execute();
};

/**
 * Funds' figures for the public pages, from their running totals (kept with every entry, checked
 * against the entries by `funds verify`): money in (donations, net of their corrections) by way and
 * by month, money out by purpose, money moved with other funds by fund; a period by its months.
 */
export async function totalsFigures(db: DB, fundIds: string[], fromMonth: string | null, toMonth: string | null) {
	if (!fundIds.length) return { inByMethod: [], inByMonth: [], outByPurpose: [], transfers: [] };
	const base = () => {
		let q = db.selectFrom('fund_month_totals as t').where('t.fund_id', 'in', fundIds);
		if (fromMonth && toMonth) q = q.where('t.month', '>=', fromMonth).where('t.month', '<=', toMonth);
		return q;
	};
	const rows = await base().select(['t.month', 't.line', sql<number>`sum(t.amount)`.as('n')]).groupBy(['t.month', 't.line']).orderBy('t.month').execute();
	const sum = (pick: (r: (typeof rows)[number]) => string | null, sign = 1) => {
		const m = new Map<string, number>();
		for (const r of rows) {
			const key = pick(r);
			if (key !== null) m.set(key, (m.get(key) ?? 0) + sign * Number(r.n));
		}
		return [...m];
	};
	const moved = await base()
		.innerJoin('funds as o', (j) => j.on(sql<boolean>`'move:' || o.id = t.line`))
		.select(['o.id as fund_id', 'o.name as fund_name', sql<number>`sum(t.amount)`.as('n')])
		.groupBy(['o.id', 'o.name'])
		.orderBy('o.name')
		.execute();
	return {
		inByMethod: sum((r) => (r.line.startsWith('in:') ? r.line.slice(3) : null)).map(([method, n]) => ({ method, n })),
		inByMonth: sum((r) => (r.line.startsWith('in:') ? r.month : null)).map(([month, n]) => ({ month, n })),
		outByPurpose: sum((r) => (r.line.startsWith('out:') ? r.line.slice(4) : null), -1).map(([purpose, n]) => ({ purpose, n })),
		transfers: moved
	};
}

/** A fund's figures for its public page, all time. */
export const publicFigures = (db: DB, fundId: string) => totalsFigures(db, [fundId], null, null);

/** The latest entries of a kind that no correction has reversed (a public page's lists). */
export const standingEntries = (db: DB, fundId: string, kind: 'donation' | 'disbursement', limit: number) =>
	db
		.selectFrom('fund_entries as e')
		.leftJoin('fund_donors as d', 'd.id', 'e.donor_id')
		.selectAll('e')
		.select(['d.name as donor_name', 'd.public as donor_public'])
		.where('e.fund_id', '=', fundId)
		.where('e.kind', '=', kind)
		.where(sql<boolean>`not exists (select 1 from fund_entries r where r.reverses_entry_id = e.id)`)
		.orderBy('e.seq', 'desc')
		.limit(limit)
		.execute();

// ── donors, pledges, receipts ────────────────────────────────────────────────

export type DonorRow = Row<'fund_donors'>;
export type PledgeRow = Row<'fund_pledges'>;
export type ReceiptRow = Row<'fund_receipts'>;

export const insertDonor = (db: DB, row: NewRow<'fund_donors'>) => db.insertInto('fund_donors').values(row).execute();
export const findDonor = (db: DB, id: string) => db.selectFrom('fund_donors').selectAll().where('id', '=', id).executeTakeFirst();
/** A donor the fund already knows by kind, name and phone (the same person giving again). */
export const findSameDonor = (db: DB, fundId: string, kind: string, name: string, phone: string | null) =>
	db
		.selectFrom('fund_donors')
		.selectAll()
		.where('fund_id', '=', fundId)
		.where('kind', '=', kind)
		.where('name', '=', name)
		.where((w) => (phone === null ? w('phone', 'is', null) : w('phone', '=', phone)))
		.where('erased_at', 'is', null)
		.orderBy('created_at')
		.executeTakeFirst();
export const updateDonor = (db: DB, id: string, set: Partial<DonorRow>) => db.updateTable('fund_donors').set(set).where('id', '=', id).execute();

/** A fund's donors, by name, with what each has given (net of corrections) and pledged. */
export const donorsOf = (db: DB, fundId: string) =>
	db
		.selectFrom('fund_donors as d')
		.selectAll('d')
		.select([
			sql<number>`(select coalesce(sum(e.delta), 0) from fund_entries e where e.donor_id = d.id)`.as('given'),
			sql<number>`(select count(*) from fund_entries e where e.donor_id = d.id and e.kind = 'donation')`.as('donations'),
			sql<number>`(select coalesce(sum(p.amount), 0) from fund_pledges p where p.donor_id = d.id and p.status <> 'cancelled')`.as('pledged')
		])
		.where('d.fund_id', '=', fundId)
		.orderBy('d.name')
		.orderBy('d.id')
		.limit(1000)
		.execute();

export const insertPledge = (db: DB, row: NewRow<'fund_pledges'>) => db.insertInto('fund_pledges').values(row).execute();
export const findPledge = (db: DB, id: string) => db.selectFrom('fund_pledges').selectAll().where('id', '=', id).executeTakeFirst();
export const setPledgeStatus = (db: DB, id: string, status: string, at: string) => db.updateTable('fund_pledges').set({ status, updated_at: at }).where('id', '=', id).execute();

/** What a pledge has brought in so far (its donations, net of their corrections). */
export const pledgeFulfilled = async (db: DB, pledgeId: string) =>
	Number((await db.selectFrom('fund_entries').select(sql<number>`coalesce(sum(delta), 0)`.as('n')).where('pledge_id', '=', pledgeId).executeTakeFirstOrThrow()).n);

/** A fund's pledges with their donor and what each has brought in. */
export const pledgesOf = (db: DB, fundId: string) =>
	db
		.selectFrom('fund_pledges as p')
		.innerJoin('fund_donors as d', 'd.id', 'p.donor_id')
		.selectAll('p')
		.select(['d.name as donor_name', 'd.kind as donor_kind', sql<number>`(select coalesce(sum(e.delta), 0) from fund_entries e where e.pledge_id = p.id)`.as('fulfilled')])
		.where('p.fund_id', '=', fundId)
		.orderBy('p.created_at', 'desc')
		.orderBy('p.id')
		.limit(500)
		.execute();

/** The next receipt number of a fund's year (the caller holds the fund's row). */
export const nextReceiptNumber = async (db: DB, fundId: string, year: number) =>
	Number((await db.selectFrom('fund_receipts').select(sql<number>`coalesce(max(number), 0)`.as('n')).where('fund_id', '=', fundId).where('year', '=', year).executeTakeFirstOrThrow()).n) + 1;

export const insertReceipt = (db: DB, row: NewRow<'fund_receipts'>) => db.insertInto('fund_receipts').values(row).execute();

/** A receipt with its donation, the fund, the donor and the correction that voided it (if any). */
const receiptBase = (db: DB) =>
	db
		.selectFrom('fund_receipts as r')
		.innerJoin('fund_entries as e', 'e.id', 'r.entry_id')
		.innerJoin('funds as f', 'f.id', 'r.fund_id')
		.innerJoin('admin_units as u', 'u.id', 'f.unit_id')
		.leftJoin('fund_donors as d', 'd.id', 'e.donor_id')
		.leftJoin('fund_entries as x', 'x.reverses_entry_id', 'e.id')
		.selectAll('r')
		.select(['e.delta', 'e.method', 'e.item', 'e.occurred_on', 'e.party_kind', 'e.party_name', 'e.party_public', 'e.seq', 'e.hash', 'e.note', 'f.name as fund_name', 'f.unit_id', 'f.org_id', 'u.name as unit_name', 'd.name as donor_name', 'd.public as donor_public', 'd.erased_at as donor_erased_at', 'd.address as donor_address', 'x.occurred_on as voided_on', 'x.note as voided_reason']);

export const findReceiptByCode = (db: DB, code: string) => receiptBase(db).where('r.code', '=', code).executeTakeFirst();
export const findReceiptByEntry = (db: DB, entryId: string) => receiptBase(db).where('r.entry_id', '=', entryId).executeTakeFirst();
export type ReceiptView = NonNullable<Awaited<ReturnType<typeof findReceiptByCode>>>;

// ── public: a commune's funds, a year's entries, the feed ───────────────────

/** The funds of a commune (its own, its villages', its schools' and centres'), with the year's figures. */
export async function communeFunds(db: DB, communeId: string, today: string, from: string, to: string) {
	return db
		.selectFrom('funds as f')
		.innerJoin('admin_units as u', 'u.id', 'f.unit_id')
		.select([
			'f.id',
			'f.name',
			'f.owner_kind',
			'f.balance',
			'f.entry_count',
			'f.last_hash',
			'u.name as unit_name',
			sql<number>`(select coalesce(sum(t.amount), 0) from fund_month_totals t where t.fund_id = f.id and t.line like 'in:%' and t.month >= ${from.slice(0, 7)} and t.month <= ${to.slice(0, 7)})`.as('received'),
			sql<number>`(select coalesce(-sum(t.amount), 0) from fund_month_totals t where t.fund_id = f.id and t.line like 'out:%' and t.month >= ${from.slice(0, 7)} and t.month <= ${to.slice(0, 7)})`.as('paid')
		])
		.where(inScopeSql({ all: false, unitIds: [communeId], orgIds: [] }, 'f.unit_id', null, today))
		.orderBy('f.owner_kind')
		.orderBy('f.name')
		.orderBy('f.id')
		.limit(200)
		.execute();
}

/** A fund's entries with what a public list shows beside them: the donor, the other fund, the entry corrected. */
const publicEntryBase = (db: DB, fundId: string) =>
	db
		.selectFrom('fund_entries as e')
		.leftJoin('fund_donors as d', 'd.id', 'e.donor_id')
		.leftJoin('funds as o', 'o.id', 'e.counterpart_fund_id')
		.leftJoin('fund_entries as r', 'r.id', 'e.reverses_entry_id')
		.select(['e.id', 'e.seq', 'e.kind', 'e.delta', 'e.method', 'e.item', 'e.party_kind', 'e.party_name', 'e.party_public', 'e.purpose', 'e.occurred_on', 'e.created_at', 'e.hash', 'd.name as donor_name', 'd.public as donor_public', 'o.name as counterpart_fund_name', 'r.seq as reverses_seq'])
		.where('e.fund_id', '=', fundId);

/** Entries of a fund as the public lists show them, in order of the book, from after `afterSeq`. */
export const publicEntriesPage = (db: DB, fundId: string, afterSeq: number, limit: number, from: string | null, to: string | null) => {
	let q = publicEntryBase(db, fundId).where('e.seq', '>', afterSeq);
	if (from && to) q = q.where('e.occurred_on', '>=', from).where('e.occurred_on', '<=', to);
	return q.orderBy('e.seq').limit(limit).execute();
};
export type PublicEntryRow = Awaited<ReturnType<typeof publicEntriesPage>>[number];

/** How many entries a fund has in a period (or in all). */
export const countEntries = async (db: DB, fundId: string, from: string | null, to: string | null) => {
	let q = db.selectFrom('fund_entries').select(sql<number>`count(*)`.as('n')).where('fund_id', '=', fundId);
	if (from && to) q = q.where('occurred_on', '>=', from).where('occurred_on', '<=', to);
	return Number((await q.executeTakeFirstOrThrow()).n);
};

/** The latest entries of a fund, newest first (its Atom feed). */
export const latestPublicEntries = (db: DB, fundId: string, limit: number) =>
	publicEntryBase(db, fundId)
		.orderBy('e.seq', 'desc')
		.limit(limit)
		.execute();

/** The commune a fund's unit is (a commune's own) or lies in (a village's) on a day. */
export async function communeOf(db: DB, unitId: string, today: string): Promise<string | null> {
	const u = await db.selectFrom('admin_units').select(['id', 'level']).where('id', '=', unitId).executeTakeFirst();
	if (!u) return null;
	if (u.level === 'commune') return u.id;
	const p = await db
		.selectFrom('unit_links as l')
		.innerJoin('admin_units as a', 'a.id', 'l.parent_id')
		.select('a.id')
		.where('l.unit_id', '=', unitId)
		.where('a.level', '=', 'commune')
		.where('l.valid_from', '<=', today)
		.where((w) => w.or([w('l.valid_until', 'is', null), w('l.valid_until', '>', today)]))
		.executeTakeFirst();
	return p?.id ?? null;
}

/** A fund's running totals before a month (its opening balance on that month's first day). */
export const netBefore = async (db: DB, fundId: string, month: string) =>
	Number((await db.selectFrom('fund_month_totals').select(sql<number>`coalesce(sum(amount), 0)`.as('n')).where('fund_id', '=', fundId).where('month', '<', month).executeTakeFirstOrThrow()).n);
