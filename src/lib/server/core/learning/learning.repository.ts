import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import { normalizeVi, type SearchTerms } from '../../platform/text';
import { markdownText } from '../../platform/markdown';
import type { ScopeSet } from '../../platform/access';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import { takePlace as takePlaceIn, releasePlace as releasePlaceIn } from '../../platform/db/capacity';

type DB = Kysely<Database>;

export type CourseRow = Row<'courses'> & { org_name: string; org_email: string | null; unit_name: string };

const courseBase = (db: DB) =>
	db
		.selectFrom('courses as c')
		.innerJoin('organizations as o', 'o.id', 'c.org_id')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.selectAll('c')
		.select(['o.name as org_name', 'o.email as org_email', 'u.name as unit_name']);

export const findCourse = (db: DB, id: string): Promise<CourseRow | undefined> => courseBase(db).where('c.id', '=', id).executeTakeFirst();

/** What course search reads: the folded title, audience and words of the description; and the folded title alone, ranked first. */
export function courseSearchColumns(c: { title: string; audience: string; description: string }): { search_text: string; title_text: string } {
	return { search_text: normalizeVi(`${c.title} ${c.audience} ${markdownText(c.description)}`), title_text: normalizeVi(c.title) };
}

export interface CatalogFilter {
	terms: SearchTerms | null;
	unit?: string | undefined;
	topic?: string | undefined;
	mode?: string | undefined;
	today: string;
	limit: number;
	offset: number;
}

/**
 * Published courses, filtered in SQL; words matched one by one on the folded title, audience
 * and description (the last word as a prefix). Titles rank first: those carrying the exact
 * accents typed, then those holding the words together, then those holding every word; then
 * the words together anywhere (a description), then the rest.
 */
export async function listCatalog(db: DB, f: CatalogFilter): Promise<{ rows: (CourseRow & { open_classes: number })[]; total: number }> {
	let q = courseBase(db).where('c.status', '=', 'published');
	if (f.unit) q = q.where(sql<boolean>`c.unit_id in (${unitSubtreeSql([f.unit], f.today)})`);
	if (f.topic) q = q.where('c.topic', '=', f.topic);
	if (f.mode) q = q.where('c.mode', '=', f.mode);
	if (f.terms)
		for (const [i, t] of f.terms.tokens.entries()) {
			const last = i === f.terms.tokens.length - 1;
			q = q.where(sql<boolean>`(' ' || c.search_text || ' ') like ${last ? `% ${t}%` : `% ${t} %`}`);
		}
	const openClasses = sql<number>`(select count(*) from classes k where k.course_id = c.id and k.status = 'open' and k.ends_on >= ${f.today})`;
	let ordered = q.select(openClasses.as('open_classes'));
	// titles carrying the accents as typed first (only when something was typed), then titles
	// with the words typed together, then titles with every word; then the words typed
	// together anywhere (audience, description), then the words anywhere
	if (f.terms) {
		const phrase = `% ${f.terms.tokens.join(' ')}%`;
		const inTitle = sql.join(
			f.terms.tokens.map((t, i) => sql`(' ' || c.title_text || ' ') like ${i === f.terms!.tokens.length - 1 ? `% ${t}%` : `% ${t} %`}`),
			sql` and `
		);
		ordered = ordered
			.orderBy(sql`(case when lower(c.title) like ${`%${f.terms.exact}%`} then 0 else 1 end)`)
			.orderBy(sql`(case when (' ' || c.title_text) like ${phrase} then 0 when ${inTitle} then 1 else 2 end)`)
			.orderBy(sql`(case when (' ' || c.search_text) like ${phrase} then 0 else 1 end)`);
	}
	const [rows, count] = await Promise.all([
		ordered.orderBy('c.title').orderBy('c.id').limit(f.limit).offset(f.offset).execute(),
		q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

export async function insertCourse(db: DB, row: NewRow<'courses'>): Promise<void> {
	await db.insertInto('courses').values(row).execute();
}

export async function updateCourse(db: DB, id: string, patch: RowPatch<'courses'>): Promise<void> {
	await db.updateTable('courses').set(patch).where('id', '=', id).execute();
}

export const classesOf = (db: DB, courseId: string) => db.selectFrom('classes').selectAll().where('course_id', '=', courseId).orderBy('starts_on').orderBy('id').execute();

export const findClass = (db: DB, id: string) => db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertClass(db: DB, row: NewRow<'classes'>, sessions: NewRow<'class_sessions'>[]): Promise<void> {
	await db.insertInto('classes').values(row).execute();
	if (sessions.length) await db.insertInto('class_sessions').values(sessions).execute();
}

export const sessionsOf = (db: DB, classId: string) => db.selectFrom('class_sessions').selectAll().where('class_id', '=', classId).orderBy('date').orderBy('starts_at').execute();

export async function waitingCount(db: DB, classId: string): Promise<number> {
	const r = await db.selectFrom('enrolments').select((eb) => eb.fn.countAll<number>().as('n')).where('class_id', '=', classId).where('status', '=', 'waiting').executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Takes a place if one is free (the shared capacity rule, `platform/db/capacity.ts`): the places now taken, or null when the class is full. */
export const takePlace = (db: DB, classId: string, at: string): Promise<number | null> => takePlaceIn(db, 'classes', classId, at);

/** Gives a place back: answers the places now taken (null if none was taken). */
export const releasePlace = (db: DB, classId: string, at: string): Promise<number | null> => releasePlaceIn(db, 'classes', classId, at);

export async function insertEnrolment(db: DB, row: NewRow<'enrolments'>): Promise<void> {
	await db.insertInto('enrolments').values(row).execute();
}

export const findEnrolment = (db: DB, id: string) => db.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();

/** The learner's live place (or waiting place) in a class. */
export const liveEnrolment = (db: DB, classId: string, who: { accountId?: string | null; residentId?: string | null }) => {
	let q = db.selectFrom('enrolments').selectAll().where('class_id', '=', classId).where('status', 'in', ['enrolled', 'waiting']);
	q = who.residentId ? q.where('resident_id', '=', who.residentId) : q.where('account_id', '=', who.accountId ?? '-');
	return q.executeTakeFirst();
};

/** Changes an enrolment's status only from the one expected; false when it had moved on. */
export async function moveEnrolment(db: DB, id: string, from: string, to: string, at: string): Promise<boolean> {
	const r = await db
		.updateTable('enrolments')
		.set({ status: to, updated_at: at, ...(to === 'withdrawn' && { withdrawn_at: at }) })
		.where('id', '=', id)
		.where('status', '=', from)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** The longest-waiting learner of a class. */
export const firstWaiting = (db: DB, classId: string) =>
	db.selectFrom('enrolments').selectAll().where('class_id', '=', classId).where('status', '=', 'waiting').orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();

export const enrolmentsOfClass = (db: DB, classId: string) =>
	db.selectFrom('enrolments').selectAll().where('class_id', '=', classId).where('status', 'in', ['enrolled', 'waiting']).orderBy('status').orderBy('created_at').orderBy('id').execute();

/** A learner's places across classes (by account, and by the resident record it is linked to). */
export const enrolmentsOfLearner = (db: DB, accountId: string, residentId: string | null) =>
	db
		.selectFrom('enrolments as e')
		.innerJoin('classes as k', 'k.id', 'e.class_id')
		.innerJoin('courses as c', 'c.id', 'k.course_id')
		.select(['e.id', 'e.status', 'e.created_at', 'k.id as class_id', 'k.title as class_title', 'k.starts_on', 'k.ends_on', 'k.venue', 'c.id as course_id', 'c.title as course_title'])
		.where((eb) => (residentId ? eb.or([eb('e.account_id', '=', accountId), eb('e.resident_id', '=', residentId)]) : eb('e.account_id', '=', accountId)))
		.where('e.status', 'in', ['enrolled', 'waiting'])
		.orderBy('k.starts_on', 'desc')
		.execute();

/** Whether the unit lies under another (the unit itself included) on a day. */
export async function unitWithin(db: DB, unitId: string, rootId: string, d: string): Promise<boolean> {
	const r = await db
		.selectFrom('admin_units')
		.select('id')
		.where('id', '=', unitId)
		.where(sql<boolean>`id in (${unitSubtreeSql([rootId], d)})`)
		.executeTakeFirst();
	return r !== undefined;
}

/** An account's address and state, to write to a learner. */
export const accountContact = (db: DB, accountId: string) => db.selectFrom('accounts').select(['email', 'status']).where('id', '=', accountId).executeTakeFirst();

/** Courses the reader manages (any status), by organisation or unit scope; newest first. */
export async function listManaged(db: DB, scope: ScopeSet, terms: SearchTerms | null, today: string, limit: number, offset: number) {
	let q = courseBase(db).where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today));
	if (terms) for (const t of terms.tokens) q = q.where(sql<boolean>`(' ' || c.search_text || ' ') like ${`% ${t}%`}`);
	const [rows, count] = await Promise.all([
		q.orderBy('c.updated_at', 'desc').orderBy('c.id').limit(limit).offset(offset).execute(),
		q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

/** Organisers (centres, schools, association branches) within a scope, for pickers. */
export const organisersInScope = (db: DB, scope: ScopeSet, kinds: readonly string[], today: string) =>
	db
		.selectFrom('organizations as o')
		.innerJoin('admin_units as u', 'u.id', 'o.unit_id')
		.select(['o.id', 'o.name', 'u.name as unit_name'])
		.where('o.kind', 'in', [...kinds])
		.where('o.valid_from', '<=', today)
		.where((eb) => eb.or([eb('o.valid_until', 'is', null), eb('o.valid_until', '>', today)]))
		.where(inScopeSql(scope, 'o.unit_id', 'o.id', today))
		.orderBy('u.name')
		.orderBy('o.name')
		.execute();

// Attendance

export const findSession = (db: DB, id: string) => db.selectFrom('class_sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const attendanceOfClass = (db: DB, classId: string) =>
	db
		.selectFrom('attendance as a')
		.innerJoin('class_sessions as s', 's.id', 'a.session_id')
		.select(['a.session_id', 'a.enrolment_id', 'a.present'])
		.where('s.class_id', '=', classId)
		.execute();

/** Writes a session's sheet: every learner with a place, present or absent (a resubmission overwrites). */
export async function writeAttendance(db: DB, rows: NewRow<'attendance'>[]): Promise<void> {
	if (!rows.length) return;
	await db
		.insertInto('attendance')
		.values(rows)
		.onConflict((oc) => oc.columns(['session_id', 'enrolment_id']).doUpdateSet((eb) => ({ present: eb.ref('excluded.present'), recorded_by_account_id: eb.ref('excluded.recorded_by_account_id'), recorded_at: eb.ref('excluded.recorded_at') })))
		.execute();
}

// Figures for officers

/** Places taken (enrolled) in classes of courses in scope, with what is known of the learner. */
/**
 * What the figures count, one row per event in scope: a place in a class (a learner-turn), or a
 * completed course (a completion, and a learner-turn too when it came without a place in one of
 * the course's classes — an online course). The learner is their register record when known.
 */
/** A period of instants [from, to) for figures; either end open. */
export interface Period {
	from?: string | undefined;
	to?: string | undefined;
}

/** The commune a learner's village lies in today (villages of the same name in two communes are told apart by it). */
const villageCommune = (today: string) =>
	sql<string | null>`(select p.name from unit_links l inner join admin_units p on p.id = l.parent_id where l.unit_id = r.village_id and l.valid_from <= ${today} and (l.valid_until is null or l.valid_until > ${today}) order by l.valid_from desc limit 1)`;

function learningEvents(db: DB, scope: ScopeSet, today: string, period: Period) {
	let places = db
		.selectFrom('enrolments as e')
		.innerJoin('classes as k', 'k.id', 'e.class_id')
		.innerJoin('courses as c', 'c.id', 'k.course_id')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.leftJoin('residents as r', 'r.id', 'e.resident_id')
		.leftJoin('admin_units as v', 'v.id', 'r.village_id')
		.select([
			sql<string>`coalesce(e.resident_id, e.account_id)`.as('who'),
			'e.created_at as at',
			'c.topic',
			'u.name as unit_name',
			'r.birth_date',
			'r.gender',
			'v.name as village_name',
			villageCommune(today).as('village_commune'),
			sql<number>`1`.as('turn'),
			sql<number>`0`.as('done'),
			sql<number>`0`.as('hours')
		])
		.where('e.status', '=', 'enrolled')
		.where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today));
	let completions = db
		.selectFrom('completions as m')
		.innerJoin('courses as c', 'c.id', 'm.course_id')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.leftJoin('residents as r', 'r.id', 'm.resident_id')
		.leftJoin('admin_units as v', 'v.id', 'r.village_id')
		.select([
			sql<string>`coalesce(m.resident_id, m.account_id)`.as('who'),
			'm.completed_at as at',
			'c.topic',
			'u.name as unit_name',
			'r.birth_date',
			'r.gender',
			'v.name as village_name',
			villageCommune(today).as('village_commune'),
			sql<number>`case when exists (select 1 from enrolments e2 inner join classes k2 on k2.id = e2.class_id
				where k2.course_id = m.course_id and e2.status = 'enrolled'
				and ((m.resident_id is not null and e2.resident_id = m.resident_id) or (m.account_id is not null and e2.account_id = m.account_id))) then 0 else 1 end`.as('turn'),
			sql<number>`1`.as('done'),
			'm.hours as hours'
		])
		.where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today));
	if (period.from) {
		places = places.where('e.created_at', '>=', period.from);
		completions = completions.where('m.completed_at', '>=', period.from);
	}
	if (period.to) {
		places = places.where('e.created_at', '<', period.to);
		completions = completions.where('m.completed_at', '<', period.to);
	}
	return places.unionAll(completions);
}

export const STAT_DIMENSIONS = ['commune', 'village', 'topic', 'month', 'ageGroup', 'gender'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
export interface StatRow {
	key: string;
	learners: number;
	turns: number;
	completions: number;
	hours: number;
}

/**
 * Learners (distinct), learner-turns, completions and hours in scope, grouped by one dimension
 * (null: the total), counted by the database so that a province's millions of rows never reach
 * the app. Age groups are taken at the given year: 0–15, 16–35, 36–59, 60+.
 */
export async function learningFigures(db: DB, scope: ScopeSet, today: string, by: StatDimension | null, period: Period = {}): Promise<StatRow[]> {
	const year = sql.lit(Number(today.slice(0, 4))); // a literal: the grouped expression must read the same in SELECT and GROUP BY
	const key = {
		commune: sql<string>`ev.unit_name`,
		village: sql<string>`case when ev.village_name is null then 'unknown' else ev.village_name || ' — ' || coalesce(ev.village_commune, '') end`,
		topic: sql<string>`ev.topic`,
		month: sql<string>`substr(ev.at, 1, 7)`,
		ageGroup: sql<string>`case when ev.birth_date is null then 'unknown'
			when ${year} - cast(substr(ev.birth_date, 1, 4) as integer) <= 15 then '0-15'
			when ${year} - cast(substr(ev.birth_date, 1, 4) as integer) <= 35 then '16-35'
			when ${year} - cast(substr(ev.birth_date, 1, 4) as integer) <= 59 then '36-59' else '60+' end`,
		gender: sql<string>`coalesce(ev.gender, 'unknown')`
	};
	const k = by ? key[by] : sql<string>`'total'`;
	let q = db
		.selectFrom(learningEvents(db, scope, today, period).as('ev'))
		.select([
			k.as('key'),
			sql<number>`count(distinct ev.who)`.as('learners'),
			sql<number>`coalesce(sum(ev.turn), 0)`.as('turns'),
			sql<number>`coalesce(sum(ev.done), 0)`.as('completions'),
			sql<number>`coalesce(sum(ev.hours), 0)`.as('hours')
		]);
	if (by) q = q.groupBy(sql`1`).orderBy(sql`1`);
	const rows = await q.execute();
	return rows.map((r) => ({ key: String(r.key), learners: Number(r.learners), turns: Number(r.turns), completions: Number(r.completions), hours: Number(r.hours) }));
}

/** Learners with a place in a class that meets on `date` (classes not cancelled), for the evening-before reminder. */
export const learnersMeetingOn = (db: DB, date: string) =>
	db
		.selectFrom('class_sessions as s')
		.innerJoin('classes as k', 'k.id', 's.class_id')
		.innerJoin('courses as c', 'c.id', 'k.course_id')
		.innerJoin('enrolments as e', (j) => j.onRef('e.class_id', '=', 'k.id').on('e.status', '=', 'enrolled'))
		.select(['s.id as session_id', 's.date', 's.starts_at', 's.ends_at', 's.topic', 'k.title as class_title', 'k.venue', 'c.title as course_title', 'e.id as enrolment_id', 'e.account_id', 'e.resident_id'])
		.where('s.date', '=', date)
		.where('k.status', '<>', 'cancelled')
		.orderBy('s.starts_at')
		.orderBy('e.id')
		.execute();

/** Marks a learner reminded of a session; false when that was done already (by this or another process). */
export async function markReminded(db: DB, sessionId: string, enrolmentId: string, at: string): Promise<boolean> {
	const r = await db.insertInto('session_reminders').values({ session_id: sessionId, enrolment_id: enrolmentId, sent_at: at }).onConflict((oc) => oc.columns(['session_id', 'enrolment_id']).doNothing()).executeTakeFirst();
	return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}
