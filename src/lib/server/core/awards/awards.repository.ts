/** Every query of the awards module: regulations and their rules, proposals, nominations and the public board. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type RegulationRow = Row<'reward_regulations'>;
export type RuleRow = Row<'reward_rules'>;
export type ProposalRow = Row<'reward_proposals'> & { rule_label: string; regulation_version: number };
export type NominationRow = Row<'honour_nominations'> & { unit_name: string };

// ---- regulations

export const regulationsOf = (db: DB, fundId: string) => db.selectFrom('reward_regulations').selectAll().where('fund_id', '=', fundId).orderBy('version', 'desc').execute();
export const rulesOf = (db: DB, regulationIds: string[]) => (regulationIds.length ? db.selectFrom('reward_rules').selectAll().where('regulation_id', 'in', regulationIds).orderBy('regulation_id').orderBy('position').execute() : Promise.resolve([] as RuleRow[]));
export const latestVersion = async (db: DB, fundId: string) => Number((await db.selectFrom('reward_regulations').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('fund_id', '=', fundId).executeTakeFirstOrThrow()).v);
export const insertRegulation = (db: DB, row: NewRow<'reward_regulations'>) => db.insertInto('reward_regulations').values(row).execute();
export const insertRules = (db: DB, rows: NewRow<'reward_rules'>[]) => db.insertInto('reward_rules').values(rows).execute();

/** A rule with its regulation (fund, version). */
export const findRule = (db: DB, id: string) =>
	db.selectFrom('reward_rules as r').innerJoin('reward_regulations as g', 'g.id', 'r.regulation_id').selectAll('r').select(['g.fund_id', 'g.version', 'g.id as regulation_id']).where('r.id', '=', id).executeTakeFirst();

// ---- proposals

const proposalBase = (db: DB) =>
	db
		.selectFrom('reward_proposals as p')
		.innerJoin('reward_rules as r', 'r.id', 'p.rule_id')
		.innerJoin('reward_regulations as g', 'g.id', 'p.regulation_id')
		.selectAll('p')
		.select(['r.label as rule_label', 'g.version as regulation_version']);

export const findProposal = (db: DB, id: string): Promise<ProposalRow | undefined> => proposalBase(db).where('p.id', '=', id).executeTakeFirst();
export const findProposals = (db: DB, ids: string[]): Promise<ProposalRow[]> => proposalBase(db).where('p.id', 'in', ids).orderBy('p.proposed_at').orderBy('p.id').execute();

/** Proposals of the funds in scope (or of one fund), latest first. */
export function proposalsInScope(db: DB, scope: ScopeSet, today: string, f: { fundId?: string; status?: string; schoolYear?: string }) {
	let q = proposalBase(db).innerJoin('funds as f', 'f.id', 'p.fund_id').where(inScopeSql(scope, 'f.unit_id', 'f.org_id', today));
	if (f.fundId) q = q.where('p.fund_id', '=', f.fundId);
	if (f.status) q = q.where('p.status', '=', f.status);
	if (f.schoolYear) q = q.where('p.school_year', '=', f.schoolYear);
	return q.orderBy('p.proposed_at', 'desc').orderBy('p.id').limit(500).execute();
}

/** The awards of a fund for its printed list: approved or paid, in the order proposed. */
export function awardList(db: DB, fundId: string, schoolYear: string | null) {
	let q = proposalBase(db).where('p.fund_id', '=', fundId).where('p.status', 'in', ['approved', 'paid']);
	if (schoolYear) q = q.where('p.school_year', '=', schoolYear);
	return q.orderBy('r.position').orderBy('p.person_name').orderBy('p.id').execute();
}

export const insertProposal = (db: DB, row: NewRow<'reward_proposals'>) => db.insertInto('reward_proposals').values(row).execute();

/** Decides a proposal that still waits; answers whether it did (another decision may have come first). */
export async function decideProposal(db: DB, id: string, p: { status: string; decided_by_account_id: string; decided_at: string; decision_note: string | null }) {
	const r = await db.updateTable('reward_proposals').set({ ...p, updated_at: p.decided_at }).where('id', '=', id).where('status', '=', 'proposed').executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/**
 * Marks an approved, unpaid proposal paid; answers whether it did. On PostgreSQL a second payout
 * of the same award waits for the first's row lock, then finds it paid and changes nothing.
 */
export async function markPaid(db: DB, id: string, at: string, paidOn: string) {
	const r = await db.updateTable('reward_proposals').set({ status: 'paid', paid_on: paidOn, updated_at: at }).where('id', '=', id).where('status', '=', 'approved').where('paid_entry_id', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
export const setPaidEntry = (db: DB, id: string, entryId: string) => db.updateTable('reward_proposals').set({ paid_entry_id: entryId }).where('id', '=', id).execute();

// ---- nominations

const nominationBase = (db: DB) => db.selectFrom('honour_nominations as n').innerJoin('admin_units as u', 'u.id', 'n.unit_id').selectAll('n').select('u.name as unit_name');

export const findNomination = (db: DB, id: string): Promise<NominationRow | undefined> => nominationBase(db).where('n.id', '=', id).executeTakeFirst();

export function nominationsInScope(db: DB, scope: ScopeSet, today: string, f: { unit?: string; year?: number; status?: string }) {
	let q = nominationBase(db).where(inScopeSql(scope, 'n.unit_id', 'n.org_id', today));
	if (f.unit) q = q.where(inScopeSql({ all: false, unitIds: [f.unit], orgIds: [] }, 'n.unit_id', null, today));
	if (f.year) q = q.where('n.year', '=', f.year);
	if (f.status) q = q.where('n.status', '=', f.status);
	return q.orderBy('n.year', 'desc').orderBy('n.nominated_at', 'desc').orderBy('n.id').limit(500).execute();
}

export const insertNomination = (db: DB, row: NewRow<'honour_nominations'>) => db.insertInto('honour_nominations').values(row).execute();

/** Reviews a nomination that still waits; answers whether it did. */
export async function reviewNomination(db: DB, id: string, p: { status: string; reviewed_by_account_id: string; reviewed_at: string; review_note: string | null }) {
	const r = await db.updateTable('honour_nominations').set({ ...p, updated_at: p.reviewed_at }).where('id', '=', id).where('status', '=', 'proposed').executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export const giveConsent = (db: DB, id: string, p: { consent_method: string; consent_guardian_name: string | null; consent_recorded_by_account_id: string; consent_at: string }) =>
	db
		.updateTable('honour_nominations')
		.set({ ...p, consent: 'given', consent_withdrawn_at: null, consent_withdrawn_by_account_id: null, updated_at: p.consent_at })
		.where('id', '=', id)
		.execute();

/** Withdraws a standing consent; answers whether there was one. */
export async function withdrawConsent(db: DB, id: string, at: string, by: string) {
	const r = await db.updateTable('honour_nominations').set({ consent: 'withdrawn', consent_withdrawn_at: at, consent_withdrawn_by_account_id: by, updated_at: at }).where('id', '=', id).where('consent', '=', 'given').executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Nominations naming a resident (their own account's page). */
export const nominationsOfResident = (db: DB, residentId: string) => nominationBase(db).where('n.resident_id', '=', residentId).orderBy('n.year', 'desc').orderBy('n.id').execute();

/** A news article anyone can read (a nomination may link only to one). */
export const publishedNews = (db: DB, id: string) => db.selectFrom('news_items').select(['id', 'title']).where('id', '=', id).where('status', '=', 'published').executeTakeFirst();

/**
 * The public board: approved nominations whose consent stands — the condition is in the SQL, so
 * no other path can show an entry without consent — under a unit, of a year; with the linked
 * article when it is published.
 */
export function honourBoard(db: DB, today: string, f: { unit?: string; year?: number }) {
	let q = db
		.selectFrom('honour_nominations as n')
		.innerJoin('admin_units as u', 'u.id', 'n.unit_id')
		.leftJoin('news_items as a', (j) => j.onRef('a.id', '=', 'n.news_id').on('a.status', '=', 'published'))
		// a village's commune as of today, so that the board reads "Thôn …, Xã …"
		.leftJoin('unit_links as l', (j) => j.onRef('l.unit_id', '=', 'n.unit_id').on('l.valid_from', '<=', today).on((eb) => eb.or([eb('l.valid_until', 'is', null), eb('l.valid_until', '>', today)])))
		.leftJoin('admin_units as c', (j) => j.onRef('c.id', '=', 'l.parent_id').on('u.level', '=', 'village'))
		.select(['n.id', 'n.year', 'n.title', 'n.person_name', 'n.story', 'n.unit_id', 'u.name as unit_name', 'c.name as commune_name', 'a.id as news_id', 'a.title as news_title'])
		.where('n.status', '=', 'approved')
		.where('n.consent', '=', 'given');
	if (f.unit) q = q.where(inScopeSql({ all: false, unitIds: [f.unit], orgIds: [] }, 'n.unit_id', null, today));
	if (f.year) q = q.where('n.year', '=', f.year);
	return q.orderBy('n.year', 'desc').orderBy('u.name').orderBy('n.person_name').orderBy('n.id').limit(300).execute();
}

/** The years that have public entries (the board's year filter). */
export const boardYears = async (db: DB) =>
	(await db.selectFrom('honour_nominations').select('year').distinct().where('status', '=', 'approved').where('consent', '=', 'given').orderBy('year', 'desc').execute()).map((r) => Number(r.year));

/** The resident linked to an account (the person withdrawing their own consent). */
export const residentOfAccount = (db: DB, accountId: string) => db.selectFrom('residents').select(['id', 'village_id']).where('account_id', '=', accountId).where('status', '=', 'active').executeTakeFirst();
export const residentBasics = (db: DB, id: string) => db.selectFrom('residents').select(['id', 'full_name', 'village_id', 'birth_date']).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
