/** Residents' sign-ups: matching records, the officers' queue, and what erasure leaves of them. */
import type { Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, RowPatch } from '../../platform/db/schema';
import { inScopeSql } from '../../platform/db/scope';
import { sql } from 'kysely';

import { residentBase } from './people.repository';

type DB = Kysely<Database>;

/**
 * Active, unlinked residents with this folded name and birth date in this village (at most
 * `limit`). A record knowing only the year of birth (kept as 1 January) is never an exact match:
 * it is one of the candidates an officer looks at.
 */
export const signupMatches = (db: DB, searchText: string, birthDate: string, villageId: string, limit: number) =>
	db
		.selectFrom('residents')
		.select('id')
		.where('search_text', '=', searchText)
		.where('birth_date', '=', birthDate)
		.where('birth_precision', '=', 'day')
		.where('village_id', '=', villageId)
		.where('status', '=', 'active')
		.where('account_id', 'is', null)
		.limit(limit)
		.execute();

/**
 * Who a waiting sign-up might be, in the same village: the same folded name (a record with the
 * year of birth alone among them), or the same whole birth date.
 */
export const signupCandidates = (db: DB, s: { search_text: string; birth_date: string; village_id: string }) =>
	residentBase(db)
		.selectAll('r')
		.select('v.name as village_name')
		.where('r.village_id', '=', s.village_id)
		.where('r.status', '=', 'active')
		.where('r.account_id', 'is', null)
		.where((eb) => eb.or([eb('r.search_text', '=', s.search_text), eb.and([eb('r.birth_date', '=', s.birth_date), eb('r.birth_precision', '=', 'day')])]))
		.orderBy('r.search_text')
		.limit(10)
		.execute();

export async function insertSignup(db: DB, row: NewRow<'signups'>): Promise<void> {
	await db.insertInto('signups').values(row).execute();
}

export const findSignup = (db: DB, id: string) =>
	db.selectFrom('signups as s').innerJoin('admin_units as v', 'v.id', 's.village_id').selectAll('s').select('v.name as village_name').where('s.id', '=', id).executeTakeFirst();

export const latestSignupOf = (db: DB, accountId: string) =>
	db.selectFrom('signups as s').innerJoin('admin_units as v', 'v.id', 's.village_id').selectAll('s').select('v.name as village_name').where('s.account_id', '=', accountId).orderBy('s.created_at', 'desc').limit(1).executeTakeFirst();

export const OPEN_SIGNUP = ['awaiting_email', 'queued'] as const;

export async function listOpenSignups(db: DB, scope: ScopeSet, today: string, limit: number, offset: number) {
	const q = db
		.selectFrom('signups as s')
		.innerJoin('admin_units as v', 'v.id', 's.village_id')
		.where('s.status', 'in', [...OPEN_SIGNUP])
		.where(inScopeSql(scope, 's.village_id', null, today));
	const [rows, count] = await Promise.all([
		q.selectAll('s').select('v.name as village_name').orderBy('s.created_at').limit(limit).offset(offset).execute(),
		q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

/** Moves an open sign-up to its outcome; false when it was already resolved. */
export async function resolveSignup(db: DB, id: string, patch: RowPatch<'signups'>): Promise<boolean> {
	const r = await db.updateTable('signups').set(patch).where('id', '=', id).where('status', 'in', [...OPEN_SIGNUP]).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export async function updateSignup(db: DB, id: string, patch: RowPatch<'signups'>): Promise<void> {
	await db.updateTable('signups').set(patch).where('id', '=', id).execute();
}

/** Erasure: the sign-ups that carried this person's details keep their outcome, lose the details. */
export async function anonymiseSignupsOf(db: DB, residentId: string, accountId: string | null, at: string): Promise<string[]> {
	let q = db.selectFrom('signups').select('id').where('resident_id', '=', residentId);
	if (accountId) q = db.selectFrom('signups').select('id').where((eb) => eb.or([eb('resident_id', '=', residentId), eb('account_id', '=', accountId)]));
	const ids = (await q.execute()).map((r) => r.id);
	if (ids.length)
		await db
			.updateTable('signups')
			.set({ full_name: 'Đã xóa theo yêu cầu', birth_date: sql<string>`substr(birth_date, 1, 4) || '-07-01'`, phone: null, email: null, search_text: '', refusal_reason: null, updated_at: at })
			.where('id', 'in', ids)
			.execute();
	return ids;
}
