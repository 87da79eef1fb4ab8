/**
 * Every query of the titles module: cycles, registrations, assessments, postings, objections,
 * decisions, certificates; and the reads of other modules' tables it scores from (households,
 * residents, clans, the learning records), which it never writes.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type CycleRow = Row<'title_cycles'> & { commune_name: string };
export type RegistrationRow = Row<'title_registrations'> & { village_name: string; commune_id: string; year: number };
export type PostingRow = Row<'title_postings'> & { village_name: string; commune_id: string; year: number };

const validToday = (alias: string, d: string) => sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${d} and (${sql.ref(`${alias}.valid_until`)} is null or ${sql.ref(`${alias}.valid_until`)} > ${d})`;

// ---- places (read)

export const unitName = async (db: DB, id: string) => (await db.selectFrom('admin_units').select(['id', 'name', 'level']).where('id', '=', id).executeTakeFirst()) ?? null;
/** The commune a unit hangs under today (its parent), or null. */
export const parentOf = async (db: DB, unitId: string, d: string) => (await db.selectFrom('unit_links as l').select('l.parent_id').where('l.unit_id', '=', unitId).where(validToday('l', d)).executeTakeFirst())?.parent_id ?? null;
export const villagesOf = (db: DB, communeId: string, d: string) =>
	db.selectFrom('unit_links as l').innerJoin('admin_units as u', 'u.id', 'l.unit_id').select(['u.id', 'u.name']).where('l.parent_id', '=', communeId).where('u.level', '=', 'village').where(validToday('l', d)).orderBy('u.name').execute();

// ---- cycles

const cycleBase = (db: DB) => db.selectFrom('title_cycles as c').innerJoin('admin_units as u', 'u.id', 'c.commune_id').selectAll('c').select('u.name as commune_name');
export const findCycle = (db: DB, id: string): Promise<CycleRow | undefined> => cycleBase(db).where('c.id', '=', id).executeTakeFirst();
export const cycleOf = (db: DB, communeId: string, year: number): Promise<CycleRow | undefined> => cycleBase(db).where('c.commune_id', '=', communeId).where('c.year', '=', year).executeTakeFirst();
export const insertCycle = (db: DB, row: NewRow<'title_cycles'>) => db.insertInto('title_cycles').values(row).execute();

/** Cycles of the communes in scope, or of a commune one of whose villages is in scope (a village head's). */
export function cyclesInScope(db: DB, scope: ScopeSet, today: string, f: { communeId?: string; year?: number }) {
	let q = cycleBase(db);
	if (!scope.all) {
		const roots = scope.unitIds.length ? sql.join(scope.unitIds.map((u) => sql`${u}`)) : sql`null`;
		q = q.where((eb) => eb.or([inScopeSql(scope, 'c.commune_id', null, today), sql<boolean>`c.commune_id in (select l.parent_id from unit_links l where l.unit_id in (${roots}) and l.valid_from <= ${today} and (l.valid_until is null or l.valid_until > ${today}))`]));
	}
	if (f.communeId) q = q.where('c.commune_id', '=', f.communeId);
	if (f.year) q = q.where('c.year', '=', f.year);
	return q.orderBy('c.year', 'desc').orderBy('u.name').limit(200).execute();
}

// ---- registrations

const regBase = (db: DB) =>
	db
		.selectFrom('title_registrations as r')
		.innerJoin('title_cycles as c', 'c.id', 'r.cycle_id')
		.innerJoin('admin_units as v', 'v.id', 'r.village_id')
		.selectAll('r')
		.select(['v.name as village_name', 'c.commune_id', 'c.year']);
export const findRegistration = (db: DB, id: string): Promise<RegistrationRow | undefined> => regBase(db).where('r.id', '=', id).executeTakeFirst();
export const findRegistrations = (db: DB, ids: string[]): Promise<RegistrationRow[]> => (ids.length ? regBase(db).where('r.id', 'in', ids).execute() : Promise.resolve([]));
export const registrationsOfVillage = (db: DB, cycleId: string, villageId: string): Promise<RegistrationRow[]> =>
	regBase(db).where('r.cycle_id', '=', cycleId).where('r.village_id', '=', villageId).orderBy('r.kind').orderBy('r.subject_name').orderBy('r.id').execute();
export const registrationsOfSubjects = (db: DB, subjectIds: string[]): Promise<RegistrationRow[]> =>
	subjectIds.length ? regBase(db).where('r.subject_id', 'in', subjectIds).orderBy('c.year', 'desc').execute() : Promise.resolve([]);
export const insertRegistration = (db: DB, row: NewRow<'title_registrations'>) => db.insertInto('title_registrations').values(row).execute();
/** Registers many at once; those already registered in the cycle are left as they are. Answers how many were added. */
export async function insertRegistrationsIgnoringTaken(db: DB, rows: NewRow<'title_registrations'>[]) {
	if (!rows.length) return 0;
	const r = await db
		.insertInto('title_registrations')
		.values(rows)
		.onConflict((oc) => oc.columns(['cycle_id', 'kind', 'subject_id']).doNothing())
		.executeTakeFirst();
	return Number(r.numInsertedOrUpdatedRows ?? 0);
}
export const updateRegistration = (db: DB, id: string, patch: Partial<Row<'title_registrations'>>) => db.updateTable('title_registrations').set(patch).where('id', '=', id).execute();

/** Counts per village, kind and status in a cycle. */
export const cycleCounts = async (db: DB, cycleId: string) =>
	(await db.selectFrom('title_registrations').select(['village_id', 'kind', 'status', sql<number>`count(*)`.as('n')]).where('cycle_id', '=', cycleId).groupBy(['village_id', 'kind', 'status']).execute()).map((r) => ({ ...r, n: Number(r.n) }));

// ---- assessments

export const insertAssessment = (db: DB, row: NewRow<'title_assessments'>) => db.insertInto('title_assessments').values(row).execute();
export const latestAssessment = (db: DB, registrationId: string, stage: string) =>
	db.selectFrom('title_assessments').selectAll().where('registration_id', '=', registrationId).where('stage', '=', stage).orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
export const assessmentsOf = (db: DB, registrationId: string) => db.selectFrom('title_assessments').selectAll().where('registration_id', '=', registrationId).orderBy('at').orderBy('id').execute();

// ---- postings, objections

const postingBase = (db: DB) =>
	db.selectFrom('title_postings as p').innerJoin('title_cycles as c', 'c.id', 'p.cycle_id').innerJoin('admin_units as v', 'v.id', 'p.village_id').selectAll('p').select(['v.name as village_name', 'c.commune_id', 'c.year']);
export const postingOf = (db: DB, cycleId: string, villageId: string): Promise<PostingRow | undefined> => postingBase(db).where('p.cycle_id', '=', cycleId).where('p.village_id', '=', villageId).executeTakeFirst();
export const findPosting = (db: DB, id: string): Promise<PostingRow | undefined> => postingBase(db).where('p.id', '=', id).executeTakeFirst();
export const postingsOfCycle = (db: DB, cycleId: string): Promise<PostingRow[]> => postingBase(db).where('p.cycle_id', '=', cycleId).orderBy('v.name').execute();
/** Postings open on a day, in a commune (the public list). */
export const openPostings = (db: DB, communeId: string, d: string): Promise<PostingRow[]> =>
	postingBase(db).where('c.commune_id', '=', communeId).where('p.opens_on', '<=', d).where('p.closes_on', '>=', d).orderBy('v.name').execute();
export const insertPosting = (db: DB, row: NewRow<'title_postings'>) => db.insertInto('title_postings').values(row).execute();
export const setMinutes = (db: DB, id: string, key: string, name: string, type: string) => db.updateTable('title_postings').set({ minutes_file_key: key, minutes_file_name: name, minutes_file_type: type }).where('id', '=', id).execute();

export type ObjectionRow = Row<'title_objections'> & { subject_name: string; village_id: string; village_name: string; by_name: string };
const objectionBase = (db: DB) =>
	db
		.selectFrom('title_objections as o')
		.innerJoin('title_registrations as r', 'r.id', 'o.registration_id')
		.innerJoin('admin_units as v', 'v.id', 'r.village_id')
		.innerJoin('residents as p', 'p.id', 'o.resident_id')
		.selectAll('o')
		.select(['r.subject_name', 'r.village_id', 'v.name as village_name', 'p.full_name as by_name']);
export const findObjection = (db: DB, id: string): Promise<ObjectionRow | undefined> => objectionBase(db).where('o.id', '=', id).executeTakeFirst();
export const objectionsOfCycle = (db: DB, cycleId: string): Promise<ObjectionRow[]> => objectionBase(db).where('r.cycle_id', '=', cycleId).orderBy('o.created_at').execute();
export const insertObjection = (db: DB, row: NewRow<'title_objections'>) => db.insertInto('title_objections').values(row).execute();
export async function answerObjection(db: DB, id: string, p: { answer: string; upheld: number; answered_by_account_id: string; answered_at: string }) {
	const r = await db.updateTable('title_objections').set(p).where('id', '=', id).where('answered_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

// ---- decisions, certificates

export const insertDecision = (db: DB, row: NewRow<'title_decisions'>) => db.insertInto('title_decisions').values(row).execute();
export const decisionsOf = (db: DB, cycleId: string) => db.selectFrom('title_decisions').selectAll().where('cycle_id', '=', cycleId).orderBy('created_at').execute();
export const insertCertificates = (db: DB, rows: NewRow<'title_certificates'>[]) => (rows.length ? db.insertInto('title_certificates').values(rows).execute() : Promise.resolve([]));
export const certificateByCode = (db: DB, code: string) =>
	db
		.selectFrom('title_certificates as t')
		.innerJoin('title_registrations as r', 'r.id', 't.registration_id')
		.innerJoin('title_cycles as c', 'c.id', 'r.cycle_id')
		.innerJoin('title_decisions as d', 'd.id', 't.decision_id')
		.innerJoin('admin_units as u', 'u.id', 'c.commune_id')
		.innerJoin('admin_units as v', 'v.id', 'r.village_id')
		.selectAll('t')
		.select(['r.kind', 'r.subject_id', 'r.village_id', 'c.year', 'c.commune_id', 'u.name as commune_name', 'v.name as village_name', 'd.number as decision_number', 'd.decided_on', 'd.signer'])
		.where('t.code', '=', code)
		.executeTakeFirst();
export const certificatesOfRegistrations = (db: DB, ids: string[]) => (ids.length ? db.selectFrom('title_certificates').selectAll().where('registration_id', 'in', ids).execute() : Promise.resolve([]));

// ---- people (read): households, residents, clans

export const householdOf = (db: DB, id: string) =>
	db.selectFrom('households as h').leftJoin('residents as p', 'p.id', 'h.head_resident_id').select(['h.id', 'h.village_id', 'h.head_resident_id', 'p.full_name as head_name']).where('h.id', '=', id).executeTakeFirst();
export const residentOf = (db: DB, id: string) => db.selectFrom('residents').select(['id', 'full_name', 'village_id', 'household_id', 'account_id', 'birth_date']).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
export const residentOfAccount = (db: DB, accountId: string) =>
	db.selectFrom('residents').select(['id', 'full_name', 'village_id', 'household_id', 'account_id', 'birth_date']).where('account_id', '=', accountId).where('status', '=', 'active').executeTakeFirst();
export const clanOf = (db: DB, id: string) => db.selectFrom('clans').select(['id', 'name', 'home_village_id']).where('id', '=', id).executeTakeFirst();
export const orgOf = (db: DB, id: string) => db.selectFrom('organizations').select(['id', 'name', 'unit_id']).where('id', '=', id).executeTakeFirst();
/** A village's households, each with its head's name, for the village head's list. */
export const householdsOfVillage = (db: DB, villageId: string) =>
	db
		.selectFrom('households as h')
		.leftJoin('residents as p', 'p.id', 'h.head_resident_id')
		.select(['h.id', 'p.full_name as head_name'])
		.where('h.village_id', '=', villageId)
		.orderBy('p.full_name')
		.orderBy('h.id')
		.limit(2000)
		.execute();

export interface Member {
	id: string;
	full_name: string;
	account_id: string | null;
	birth_date: string;
}
/** The people whose learning counts for a subject: a household's members, a resident, a clan's members, a village's residents. */
export function membersOf(db: DB, kind: string, subjectId: string): Promise<Member[]> {
	const q = db.selectFrom('residents as p').select(['p.id', 'p.full_name', 'p.account_id', 'p.birth_date']).where('p.status', '=', 'active');
	if (kind === 'family') return q.where('p.household_id', '=', subjectId).orderBy('p.birth_date').execute();
	if (kind === 'citizen') return q.where('p.id', '=', subjectId).execute();
	if (kind === 'clan') return q.innerJoin('clan_members as m', 'm.resident_id', 'p.id').where('m.clan_id', '=', subjectId).execute();
	if (kind === 'community') return q.where('p.village_id', '=', subjectId).execute();
	return Promise.resolve([]);
}

/** The learning records of some people in a window of dates: class sessions attended, completions, certificates. */
export async function learningOf(db: DB, residentIds: string[], accountIds: string[], from: string, to: string) {
	// who: the rows of these residents, or of their accounts
	const who =
		(r: string, a: string) =>
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one helper over three joined shapes; the column names are fixed strings
		(eb: ExpressionBuilder<any, any>) => {
			const ors = [];
			if (residentIds.length) ors.push(eb(r, 'in', residentIds));
			if (accountIds.length) ors.push(eb(a, 'in', accountIds));
			return ors.length ? eb.or(ors) : sql<boolean>`1 = 0`;
		};
	const [sessions, completions, certificates, events, loans] = await Promise.all([
		db
			.selectFrom('attendance as a')
			.innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
			.innerJoin('class_sessions as s', 's.id', 'a.session_id')
			.innerJoin('classes as k', 'k.id', 'e.class_id')
			.select(['e.resident_id', 'e.account_id', 'k.course_id', 'k.title as class_title', 's.id as session_id', 's.date', 's.starts_at', 's.ends_at'])
			.where('a.present', '=', 1)
			.where('s.date', '>=', from)
			.where('s.date', '<=', to)
			.where(who('e.resident_id', 'e.account_id'))
			.orderBy('s.date')
			.execute(),
		db
			.selectFrom('completions as m')
			.innerJoin('courses as co', 'co.id', 'm.course_id')
			.select(['m.id', 'm.resident_id', 'm.account_id', 'm.course_id', 'co.title', 'co.mode', 'm.completed_at'])
			.where('m.completed_at', '>=', `${from}T00:00:00`)
			.where('m.completed_at', '<=', `${to}T23:59:59.999Z`)
			.where(who('m.resident_id', 'm.account_id'))
			.execute(),
		db
			.selectFrom('certificates as t')
			.select(['t.code', 't.number', 't.resident_id', 't.account_id', 't.course_title', 't.issued_on'])
			// courses completed (a reading challenge's certificate counts through the books borrowed)
			.where('t.kind', '=', 'course')
			.where('t.revoked_at', 'is', null)
			.where('t.issued_on', '>=', from)
			.where('t.issued_on', '<=', to)
			.where(who('t.resident_id', 't.account_id'))
			.execute(),
		// events of the Week and others: attended means checked in at the door
		db
			.selectFrom('event_check_ins as c')
			.innerJoin('event_registrations as r', 'r.id', 'c.registration_id')
			.innerJoin('events as ev', 'ev.id', 'c.event_id')
			.select(['r.resident_id', 'r.account_id', 'ev.id as event_id', 'ev.title', 'c.checked_in_at'])
			.where('c.checked_in_at', '>=', `${from}T00:00:00`)
			.where('c.checked_in_at', '<=', `${to}T23:59:59.999Z`)
			.where(who('r.resident_id', 'r.account_id'))
			.execute(),
		// books borrowed from the community bookshelves (a loan the reader hid stays out)
		accountIds.length
			? db
					.selectFrom('library_loans as l')
					.innerJoin('library_titles as t', 't.id', 'l.title_id')
					.select(['l.reader_account_id as account_id', 't.id as title_id', 't.title', 'l.lent_on'])
					.where('l.reader_account_id', 'in', accountIds)
					.where('l.hidden', '=', 0)
					.where('l.lent_on', '>=', from)
					.where('l.lent_on', '<=', to)
					.execute()
			: Promise.resolve([])
	]);
	return { sessions, completions, certificates, events, loans };
}

/** Registrations in scope (village in the actor's subtree), for figures. */
export function registrationCounts(db: DB, scope: ScopeSet, today: string, f: { communeId?: string; years: number[] }) {
	let q = db
		.selectFrom('title_registrations as r')
		.innerJoin('title_cycles as c', 'c.id', 'r.cycle_id')
		.select(['c.commune_id', 'c.year', 'r.village_id', 'r.kind', sql<number>`count(*)`.as('registered'), sql<number>`sum(case when r.status = 'recognised' then 1 else 0 end)`.as('recognised')])
		.where(inScopeSql(scope, 'r.village_id', null, today));
	if (f.communeId) q = q.where('c.commune_id', '=', f.communeId);
	if (f.years.length) q = q.where('c.year', 'in', f.years);
	return q.groupBy(['c.commune_id', 'c.year', 'r.village_id', 'r.kind']).execute();
}

export { unitSubtreeSql };
