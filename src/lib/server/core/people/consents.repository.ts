/** Consents per purpose: given, by whom and how, and withdrawn. */
import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../../platform/db/schema';

type DB = Kysely<Database>;

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
