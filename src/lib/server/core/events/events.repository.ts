/** Events, registrations and check-ins: every query of the events module. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type EventRow = Row<'events'> & { unit_name: string; org_name: string | null; org_email: string | null };
export type RegistrationRow = Row<'event_registrations'>;

const eventBase = (db: DB) =>
	db
		.selectFrom('events as e')
		.innerJoin('admin_units as u', 'u.id', 'e.unit_id')
		.leftJoin('organizations as o', 'o.id', 'e.org_id')
		.selectAll('e')
		.select(['u.name as unit_name', 'o.name as org_name', 'o.email as org_email']);

export const findEvent = (db: DB, id: string): Promise<EventRow | undefined> => eventBase(db).where('e.id', '=', id).executeTakeFirst();

export const insertEvent = (db: DB, row: NewRow<'events'>) => db.insertInto('events').values(row).execute();

/** Events in scope (managers), newest start first; or, with `scope` null, the published ones for everyone. */
export function listEvents(db: DB, f: { scope: ScopeSet | null; today: string; underUnit: string | null; campaignId: string | null; from: string | null; limit: number }) {
	let q = eventBase(db);
	q = f.scope ? q.where(inScopeSql(f.scope, 'e.unit_id', 'e.org_id', f.today)) : q.where('e.status', '=', 'published');
	if (f.underUnit) q = q.where(inScopeSql({ all: false, unitIds: [f.underUnit], orgIds: [] }, 'e.unit_id', null, f.today));
	if (f.campaignId) q = q.where('e.campaign_id', '=', f.campaignId);
	if (f.from) q = q.where('e.ends_at', '>=', f.from);
	return q.orderBy('e.starts_at', f.from ? 'asc' : 'desc').orderBy('e.id').limit(f.limit).execute();
}

/** Waiting registrations and check-ins of events, counted in SQL. */
export async function countsOf(db: DB, eventIds: readonly string[]): Promise<Map<string, { waiting: number; checkedIn: number }>> {
	const out = new Map<string, { waiting: number; checkedIn: number }>();
	if (!eventIds.length) return out;
	for (const id of eventIds) out.set(id, { waiting: 0, checkedIn: 0 });
	const [w, c] = await Promise.all([
		db.selectFrom('event_registrations').select(['event_id', (eb) => eb.fn.countAll<number>().as('n')]).where('event_id', 'in', eventIds).where('status', '=', 'waiting').groupBy('event_id').execute(),
		db.selectFrom('event_check_ins').select(['event_id', (eb) => eb.fn.countAll<number>().as('n')]).where('event_id', 'in', eventIds).groupBy('event_id').execute()
	]);
	for (const r of w) out.get(r.event_id)!.waiting = Number(r.n);
	for (const r of c) out.get(r.event_id)!.checkedIn = Number(r.n);
	return out;
}

export const insertRegistration = (db: DB, row: NewRow<'event_registrations'>) => db.insertInto('event_registrations').values(row).execute();

export const findRegistration = (db: DB, id: string) => db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirst();

export const registrationByCode = (db: DB, code: string) => db.selectFrom('event_registrations').selectAll().where('ticket_code', '=', code).executeTakeFirst();

export const registrationByClientKey = (db: DB, key: string) => db.selectFrom('event_registrations').selectAll().where('client_key', '=', key).executeTakeFirst();

/** The person's live registration (holding a place or waiting) for an event. */
export function liveRegistration(db: DB, eventId: string, who: { accountId: string | null; residentId: string | null }) {
	let q = db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('status', 'in', ['registered', 'waiting']);
	q = who.residentId ? q.where((eb) => eb.or([eb('resident_id', '=', who.residentId), eb('account_id', '=', who.accountId ?? '-')])) : q.where('account_id', '=', who.accountId ?? '-');
	return q.executeTakeFirst();
}

/** Moves a registration from the status expected only; false when it had moved on. */
export async function moveRegistration(db: DB, id: string, from: string, to: string, at: string): Promise<boolean> {
	const r = await db.updateTable('event_registrations').set({ status: to, updated_at: at }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** The longest-waiting registration of an event. */
export const firstWaiting = (db: DB, eventId: string) =>
	db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('status', '=', 'waiting').orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();

/**
 * A check-in, once per registration whatever the race: the unique index on registration_id lets
 * one insert through and the other does nothing. Answers whether this one was written.
 */
export async function insertCheckIn(db: DB, row: NewRow<'event_check_ins'>): Promise<boolean> {
	const r = await db
		.insertInto('event_check_ins')
		.values(row)
		.onConflict((oc) => oc.column('registration_id').doNothing())
		.returning('id')
		.execute();
	return r.length === 1;
}

export const checkInOf = (db: DB, registrationId: string) => db.selectFrom('event_check_ins').selectAll().where('registration_id', '=', registrationId).executeTakeFirst();

/** An event's registrations with their check-ins, for its managers (places first, then the waiting list in order). */
export const roster = (db: DB, eventId: string, limit: number) =>
	db
		.selectFrom('event_registrations as r')
		.leftJoin('event_check_ins as c', 'c.registration_id', 'r.id')
		.select(['r.id', 'r.name', 'r.phone', 'r.status', 'r.ticket_code', 'r.walk_in', 'r.created_at', 'c.checked_in_at'])
		.where('r.event_id', '=', eventId)
		.where('r.status', 'in', ['registered', 'waiting'])
		.orderBy('r.status')
		.orderBy('r.created_at')
		.orderBy('r.id')
		.limit(limit)
		.execute();

/** The registrations of a person (by account, or by the resident record it is linked to), with the event and any check-in. */
export function registrationsOf(db: DB, accountId: string, residentId: string | null) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('events as e', 'e.id', 'r.event_id')
		.leftJoin('event_check_ins as c', 'c.registration_id', 'r.id')
		.select(['r.id', 'r.status', 'r.ticket_code', 'r.name', 'r.event_id', 'e.title', 'e.venue', 'e.address', 'e.starts_at', 'e.ends_at', 'c.checked_in_at'])
		.where((eb) => (residentId ? eb.or([eb('r.account_id', '=', accountId), eb('r.resident_id', '=', residentId)]) : eb('r.account_id', '=', accountId)))
		.where('r.status', '!=', 'cancelled')
		.orderBy('e.starts_at', 'desc')
		.limit(200)
		.execute();
}

export const accountContact = (db: DB, accountId: string) => db.selectFrom('accounts').select(['email', 'status', 'display_name']).where('id', '=', accountId).executeTakeFirst();

/** Whether unit `inner` lies in the subtree of `outer` on date d. */
export async function unitWithin(db: DB, inner: string, outer: string, d: string): Promise<boolean> {
	const r = await sql<{ ok: number }>`select 1 as ok where ${inner} in (${unitSubtreeSql([outer], d)})`.execute(db);
	return r.rows.length > 0;
}
