import type { Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import type { SearchTerms } from '../../platform/text';
import { inScopeSql, unitSubtreeSql } from '../places/places.repository';
import { sql } from 'kysely';

type DB = Kysely<Database>;

export type ResidentRow = Row<'residents'> & { village_name: string };

const residentBase = (db: DB) => db.selectFrom('residents as r').innerJoin('admin_units as v', 'v.id', 'r.village_id');

export const findResident = (db: DB, id: string): Promise<ResidentRow | undefined> =>
	residentBase(db).selectAll('r').select('v.name as village_name').where('r.id', '=', id).where('r.status', '=', 'active').executeTakeFirst();

export interface ResidentFilter {
	scope: ScopeSet;
	terms: SearchTerms | null;
	underUnit?: string | undefined;
	today: string;
	limit: number;
	offset: number;
}

/** Residents in scope (in SQL), matching every folded word, the last as a prefix of a word. */
export async function listResidents(db: DB, f: ResidentFilter): Promise<{ rows: ResidentRow[]; total: number }> {
	let q = residentBase(db).where('r.status', '=', 'active').where(inScopeSql(f.scope, 'r.village_id', null, f.today));
	if (f.underUnit) q = q.where(sql<boolean>`r.village_id in (${unitSubtreeSql([f.underUnit], f.today)})`);
	if (f.terms)
		for (const [i, t] of f.terms.tokens.entries()) {
			const last = i === f.terms.tokens.length - 1;
			// whole words, padded with spaces: ' minh ' or, for the last one, ' min…'
			q = q.where(sql<boolean>`(' ' || r.search_text || ' ') like ${last ? `% ${t}%` : `% ${t} %`}`);
		}
	const [rows, count] = await Promise.all([
		q.selectAll('r').select('v.name as village_name').orderBy('r.search_text').orderBy('r.birth_date').orderBy('r.id').limit(f.limit).offset(f.offset).execute(),
		q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
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

export const consentsOf = (db: DB, residentId: string) => db.selectFrom('consents').selectAll().where('resident_id', '=', residentId).orderBy('given_at', 'desc').execute();

export const findConsent = (db: DB, id: string) => db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();

export async function activeConsentParties(db: DB, residentId: string, purpose: string): Promise<string[]> {
	const rows = await db.selectFrom('consents').select('given_by').where('resident_id', '=', residentId).where('purpose', '=', purpose).where('withdrawn_at', 'is', null).execute();
	return rows.map((r) => r.given_by);
}

export async function insertConsent(db: DB, row: NewRow<'consents'>): Promise<void> {
	await db.insertInto('consents').values(row).execute();
}

/** Withdraws one consent, or (no id) every active consent of the resident. */
export async function withdrawConsents(db: DB, where: { id: string } | { residentId: string }, at: string, by: string): Promise<void> {
	let q = db.updateTable('consents').set({ withdrawn_at: at, withdrawn_by_account_id: by }).where('withdrawn_at', 'is', null);
	q = 'id' in where ? q.where('id', '=', where.id) : q.where('resident_id', '=', where.residentId);
	await q.execute();
}

// What a resident may download about themselves

export const clansOf = (db: DB, residentId: string) =>
	db.selectFrom('clan_members as m').innerJoin('clans as c', 'c.id', 'm.clan_id').select(['c.id', 'c.name', 'm.role']).where('m.resident_id', '=', residentId).execute();

export const auditAbout = (db: DB, residentId: string) =>
	db.selectFrom('audit_log').select(['at', 'action', 'actor_label', 'before_json', 'after_json']).where('entity_type', '=', 'resident').where('entity_id', '=', residentId).orderBy('at').execute();
