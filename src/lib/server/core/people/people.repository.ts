import type { Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import type { SearchTerms } from '../../platform/text';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import { sql } from 'kysely';
import type { DialectName } from '../../platform/db';
import { groupConcatSql } from '../../platform/db/dialect';

type DB = Kysely<Database>;

export type ResidentRow = Row<'residents'> & { village_name: string };

export const residentBase = (db: DB) => db.selectFrom('residents as r').innerJoin('admin_units as v', 'v.id', 'r.village_id');

export const findResident = (db: DB, id: string): Promise<ResidentRow | undefined> =>
	residentBase(db).selectAll('r').select('v.name as village_name').where('r.id', '=', id).where('r.status', '=', 'active').executeTakeFirst();

export interface ResidentFilter {
	scope: ScopeSet;
	terms: SearchTerms | null;
	underUnit?: string | undefined;
	today: string;
	limit: number;
	offset: number;
	/** false: the page only, no count (an export reading page after page) */
	count?: boolean;
	/** residents recorded up to this instant only (an export: later ones do not shift its pages) */
	asOf?: string;
}

/** Residents in scope (in SQL), matching every folded word, the last as a prefix of a word. */
export async function listResidents(db: DB, f: ResidentFilter): Promise<{ rows: ResidentRow[]; total: number }> {
	let q = residentBase(db).where('r.status', '=', 'active').where(inScopeSql(f.scope, 'r.village_id', null, f.today));
	if (f.underUnit) q = q.where(sql<boolean>`r.village_id in (${unitSubtreeSql([f.underUnit], f.today)})`);
	if (f.asOf) q = q.where('r.created_at', '<=', f.asOf);
	if (f.terms)
		for (const [i, t] of f.terms.tokens.entries()) {
			const last = i === f.terms.tokens.length - 1;
			// whole words, padded with spaces: ' minh ' or, for the last one, ' min…'
			q = q.where(sql<boolean>`(' ' || r.search_text || ' ') like ${last ? `% ${t}%` : `% ${t} %`}`);
		}
	const [rows, count] = await Promise.all([
		q.selectAll('r').select('v.name as village_name').orderBy('r.search_text').orderBy('r.birth_date').orderBy('r.id').limit(f.limit).offset(f.offset).execute(),
		f.count === false ? { n: -1 } : q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

export async function insertResident(db: DB, row: NewRow<'residents'>): Promise<void> {
	await db.insertInto('residents').values(row).execute();
}

export async function updateResident(db: DB, id: string, patch: RowPatch<'residents'>): Promise<void> {
	await db.updateTable('residents').set(patch).where('id', '=', id).execute();
}

export const findHousehold = (db: DB, id: string) =>
	db.selectFrom('households as h').innerJoin('admin_units as v', 'v.id', 'h.village_id').selectAll('h').select('v.name as village_name').where('h.id', '=', id).executeTakeFirst();

export const householdMembers = (db: DB, householdId: string) =>
	residentBase(db).selectAll('r').select('v.name as village_name').where('r.household_id', '=', householdId).where('r.status', '=', 'active').orderBy('r.birth_date').execute();

export async function insertHousehold(db: DB, row: NewRow<'households'>): Promise<void> {
	await db.insertInto('households').values(row).execute();
}

export async function moveHousehold(db: DB, id: string, villageId: string, at: string): Promise<void> {
	await db.updateTable('households').set({ village_id: villageId, updated_at: at }).where('id', '=', id).execute();
	await db.updateTable('residents').set({ village_id: villageId, updated_at: at }).where('household_id', '=', id).where('status', '=', 'active').execute();
}

export async function setHouseholdHead(db: DB, id: string, residentId: string, at: string): Promise<void> {
	await db.updateTable('households').set({ head_resident_id: residentId, updated_at: at }).where('id', '=', id).execute();
}

export const findClan = (db: DB, id: string) =>
	db.selectFrom('clans as c').innerJoin('admin_units as v', 'v.id', 'c.home_village_id').selectAll('c').select('v.name as village_name').where('c.id', '=', id).executeTakeFirst();

/** A clan's members that lie in scope (members live across villages and communes). */
export const clanMembersInScope = (db: DB, clanId: string, scope: ScopeSet, today: string) =>
	db
		.selectFrom('clan_members as m')
		.innerJoin('residents as r', 'r.id', 'm.resident_id')
		.innerJoin('admin_units as v', 'v.id', 'r.village_id')
		.select(['r.id', 'r.full_name', 'm.role', 'v.name as village_name'])
		.where('m.clan_id', '=', clanId)
		.where('r.status', '=', 'active')
		.where(inScopeSql(scope, 'r.village_id', null, today))
		.orderBy('m.role', 'desc')
		.orderBy('r.search_text')
		.execute();

export async function clanMemberCount(db: DB, clanId: string): Promise<number> {
	const r = await db
		.selectFrom('clan_members as m')
		.innerJoin('residents as r', 'r.id', 'm.resident_id')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('m.clan_id', '=', clanId)
		.where('r.status', '=', 'active')
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Residents (active and erased) in scope, counted by gender and year of birth. */
export function countsByGenderAndBirthYear(db: DB, scope: ScopeSet, underUnit: string | undefined, today: string) {
	let q = db
		.selectFrom('residents as r')
		.select(['r.gender', sql<string>`substr(r.birth_date, 1, 4)`.as('birth_year'), (eb) => eb.fn.countAll<number>().as('n')])
		.where('r.status', 'in', ['active', 'erased'])
		.where(inScopeSql(scope, 'r.village_id', null, today));
	if (underUnit) q = q.where(sql<boolean>`r.village_id in (${unitSubtreeSql([underUnit], today)})`);
	return q.groupBy(['r.gender', sql`substr(r.birth_date, 1, 4)`]).execute();
}

export const findActiveResidentBasics = (db: DB, id: string) =>
	db.selectFrom('residents').select(['id', 'birth_date', 'village_id']).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();

// Consents

export const clansOf = (db: DB, residentId: string) =>
	db.selectFrom('clan_members as m').innerJoin('clans as c', 'c.id', 'm.clan_id').select(['c.id', 'c.name', 'm.role']).where('m.resident_id', '=', residentId).execute();

export const auditAbout = (db: DB, residentId: string) =>
	db.selectFrom('audit_log').select(['at', 'action', 'actor_label', 'before_json', 'after_json']).where('entity_type', '=', 'resident').where('entity_id', '=', residentId).orderBy('at').execute();

// Sign-ups

/** Links a resident to an account unless either is already linked; false otherwise. */
export async function linkAccount(db: DB, residentId: string, accountId: string, at: string): Promise<boolean> {
	const taken = await db.selectFrom('residents').select('id').where('account_id', '=', accountId).executeTakeFirst();
	if (taken) return false;
	const r = await db.updateTable('residents').set({ account_id: accountId, updated_at: at }).where('id', '=', residentId).where('status', '=', 'active').where('account_id', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export const residentOfAccount = (db: DB, accountId: string): Promise<ResidentRow | undefined> =>
	residentBase(db).selectAll('r').select('v.name as village_name').where('r.account_id', '=', accountId).where('r.status', '=', 'active').executeTakeFirst();

// Merging duplicates

/** Marks a record merged into another, if it is still active; false otherwise. */
export async function markMerged(db: DB, dropId: string, keepId: string, at: string): Promise<boolean> {
	const r = await db.updateTable('residents').set({ status: 'merged', merged_into_id: keepId, account_id: null, updated_at: at }).where('id', '=', dropId).where('status', '=', 'active').executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Consents and clan memberships of the merged record pass to the kept one. */
export async function moveResidentLinks(db: DB, fromId: string, toId: string): Promise<void> {
	await db.updateTable('consents').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
	const clans = await db.selectFrom('clan_members').selectAll().where('resident_id', '=', fromId).execute();
	for (const c of clans) {
		const has = await db.selectFrom('clan_members').select('role').where('clan_id', '=', c.clan_id).where('resident_id', '=', toId).executeTakeFirst();
		if (!has) await db.insertInto('clan_members').values({ clan_id: c.clan_id, resident_id: toId, role: c.role }).execute();
		else if (c.role === 'representative' && has.role !== 'representative') await db.updateTable('clan_members').set({ role: 'representative' }).where('clan_id', '=', c.clan_id).where('resident_id', '=', toId).execute();
	}
	await db.deleteFrom('clan_members').where('resident_id', '=', fromId).execute();
}

export interface DuplicateGroup {
	search_text: string;
	birth_date: string;
	birth_precision: string;
	n: number | string;
	full_name: string;
	ids: string;
}

/**
 * Groups of active residents in scope that may be one person: the same folded name and birth
 * date (a year alone is never the same as 1 January of it); and the same name with a birth known
 * by its year alone beside births on a day of that year (answered with the year, precision 'year').
 */
export async function duplicateGroups(db: DB, dialect: DialectName, scope: ScopeSet, today: string, limit: number): Promise<DuplicateGroup[]> {
	const active = () => db.selectFrom('residents as r').where('r.status', '=', 'active').where(inScopeSql(scope, 'r.village_id', null, today));
	const yearOnly = sql<number>`sum(case when r.birth_precision = 'year' then 1 else 0 end)`;
	const [same, byYear] = await Promise.all([
		active()
			.select(['r.search_text', 'r.birth_date', sql<string>`r.birth_precision`.as('birth_precision'), (eb) => eb.fn.countAll<number>().as('n'), sql<string>`min(r.full_name)`.as('full_name'), groupConcatSql(dialect, 'r.id').as('ids')])
			.groupBy(['r.search_text', 'r.birth_date', 'r.birth_precision'])
			.having((eb) => eb.fn.countAll(), '>', 1)
			.orderBy('r.search_text')
			.limit(limit)
			.execute(),
		active()
			.select(['r.search_text', sql<string>`substr(r.birth_date, 1, 4) || '-01-01'`.as('birth_date'), sql<string>`'year'`.as('birth_precision'), (eb) => eb.fn.countAll<number>().as('n'), sql<string>`min(r.full_name)`.as('full_name'), groupConcatSql(dialect, 'r.id').as('ids')])
			.groupBy(['r.search_text', sql`substr(r.birth_date, 1, 4)`])
			.having((eb) => eb.and([eb(eb.fn.countAll(), '>', 1), eb(yearOnly, '>', 0), eb(yearOnly, '<', sql<number>`count(*)`)]))
			.orderBy('r.search_text')
			.limit(limit)
			.execute()
	]);
	return [...same, ...byYear].sort((a, b) => (a.search_text < b.search_text ? -1 : a.search_text > b.search_text ? 1 : 0)).slice(0, limit);
}
