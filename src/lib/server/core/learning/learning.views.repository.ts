/**
 * The queries of learning's read-only views: the console's desk, the front door's classes and
 * "continue learning", a class's roster, and a resident's learning as an officer reads it. Split
 * from learning.repository.ts by what they serve; the services beside it hold no SQL.
 */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { addDays } from '../../platform/clock';
import type { Database } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;

/** how far ahead "starting soon" looks, and how far back a missing attendance is still worth asking for */
export const DESK_RULES = { startingWithinDays: 7, attendanceLookBackDays: 60, shown: 5 } as const;

/** The desk's lists (a few of each, with their totals) and the year's figures, within the scope (in the SQL). */
export async function deskOf(k: DB, scope: ScopeSet, today: string) {
	const classes = () => k.selectFrom('classes as k').innerJoin('courses as c', 'c.id', 'k.course_id').where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today)).where('k.status', '<>', 'cancelled');
	const heldWithoutAttendance = () =>
		classes()
			.innerJoin('class_sessions as s', 's.class_id', 'k.id')
			.where('s.date', '<', today)
			.where('s.date', '>=', addDays(today, -DESK_RULES.attendanceLookBackDays))
			.where(sql<boolean>`not exists (select 1 from attendance a where a.session_id = s.id)`)
			.where(sql<boolean>`exists (select 1 from enrolments e where e.class_id = k.id and e.status = 'enrolled')`);
	// ended, with learners, and nobody of them holding a completion of the course yet
	const toJudge = () =>
		classes()
			.where('k.ends_on', '<', today)
			.where('k.ends_on', '>=', addDays(today, -DESK_RULES.attendanceLookBackDays))
			.where(sql<boolean>`exists (select 1 from enrolments e where e.class_id = k.id and e.status = 'enrolled')`)
			.where(sql<boolean>`not exists (select 1 from enrolments e inner join completions m on m.course_id = k.course_id and (m.resident_id = e.resident_id or m.account_id = e.account_id) where e.class_id = k.id and e.status = 'enrolled')`);
	const n = (r: { n: number | string } | undefined) => Number(r?.n ?? 0);
	const yearStart = `${today.slice(0, 4)}-01-01`;
	const [starting, startingCount, missing, missingCount, judge, judgeCount, learners, certificates] = await Promise.all([
		classes()
			.select(['k.id', 'k.title', 'k.starts_on', 'k.enrolled_count', 'k.capacity', 'c.id as course_id', 'c.title as course_title'])
			.where('k.starts_on', '>=', today)
			.where('k.starts_on', '<=', addDays(today, DESK_RULES.startingWithinDays))
			.orderBy('k.starts_on')
			.orderBy('k.id')
			.limit(DESK_RULES.shown)
			.execute(),
		classes()
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('k.starts_on', '>=', today)
			.where('k.starts_on', '<=', addDays(today, DESK_RULES.startingWithinDays))
			.executeTakeFirst(),
		heldWithoutAttendance().select(['s.id', 's.date', 'k.title as class_title', 'c.title as course_title']).orderBy('s.date', 'desc').orderBy('s.id').limit(DESK_RULES.shown).execute(),
		heldWithoutAttendance().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		toJudge().select(['k.id', 'k.title', 'k.ends_on', 'c.id as course_id', 'c.title as course_title']).orderBy('k.ends_on', 'desc').orderBy('k.id').limit(DESK_RULES.shown).execute(),
		toJudge().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		classes()
			.innerJoin('enrolments as e', 'e.class_id', 'k.id')
			.where('e.status', '=', 'enrolled')
			.where('k.starts_on', '>=', yearStart)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst(),
		k
			.selectFrom('certificates as t')
			.innerJoin('courses as c', 'c.id', 't.course_id')
			.where(inScopeSql(scope, 'c.unit_id', 'c.org_id', today))
			.where('t.issued_on', '>=', yearStart)
			.where('t.revoked_at', 'is', null)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst()
	]);
	return { starting, startingTotal: n(startingCount), missing, missingTotal: n(missingCount), judge, judgeTotal: n(judgeCount), learnerPlaces: n(learners), certificates: n(certificates) };
}

/** Open classes of published courses not yet over: those still to start soonest first, then those under way; within a unit's subtree when given. */
export function upcomingClasses(k: DB, today: string, opts: { unitId: string | null; limit: number }) {
	let q = k
		.selectFrom('classes as k')
		.innerJoin('courses as c', 'c.id', 'k.course_id')
		.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
		.select(['k.id', 'k.title', 'k.venue', 'k.starts_on', 'k.ends_on', 'k.capacity', 'k.enrolled_count', 'c.id as course_id', 'c.title as course_title', 'c.topic', 'u.name as unit_name'])
		.where('c.status', '=', 'published')
		.where('k.status', '=', 'open')
		.where('k.ends_on', '>=', today);
	if (opts.unitId) q = q.where(sql<boolean>`c.unit_id in (${unitSubtreeSql([opts.unitId], today)})`);
	return q
		.orderBy(sql`(case when k.starts_on >= ${today} then 0 else 1 end)`)
		.orderBy('k.starts_on')
		.orderBy('k.id')
		.limit(opts.limit)
		.execute();
}

/** The account's online courses begun and not completed, latest first. */
export const coursesBegun = (k: DB, accountId: string, limit: number) =>
	k
		.selectFrom('lesson_progress as p')
		.innerJoin('courses as c', 'c.id', 'p.course_id')
		.select(['c.id', 'c.title', sql<number>`count(distinct p.lesson_id)`.as('done'), sql<number>`(select count(*) from lessons l where l.course_id = c.id)`.as('total'), sql<string>`max(p.done_at)`.as('last')])
		.where('p.account_id', '=', accountId)
		.where('c.status', '=', 'published')
		.where(sql<boolean>`not exists (select 1 from completions m where m.course_id = c.id and m.account_id = ${accountId})`)
		.groupBy(['c.id', 'c.title'])
		.orderBy(sql`max(p.done_at)`, 'desc')
		.limit(limit)
		.execute();

/** The first lesson of the course the account has not done. */
export const nextLessonOf = (k: DB, courseId: string, accountId: string) =>
	k
		.selectFrom('lessons as l')
		.select(['l.id', 'l.title'])
		.where('l.course_id', '=', courseId)
		.where(sql<boolean>`not exists (select 1 from lesson_progress p where p.lesson_id = l.id and p.account_id = ${accountId})`)
		.orderBy('l.position')
		.limit(1)
		.executeTakeFirst();

/** A class's learners and waiting list, with what a teacher needs to reach them and each one's certificate of the course. */
export const rosterOf = (k: DB, classId: string, courseId: string) =>
	k
		.selectFrom('enrolments as e')
		.leftJoin('residents as r', 'r.id', 'e.resident_id')
		.leftJoin('admin_units as v', 'v.id', 'r.village_id')
		.leftJoin('certificates as t', (j) => j.on('t.course_id', '=', courseId).on(sql<boolean>`(t.resident_id = e.resident_id or t.account_id = e.account_id)`))
		.select(['e.id', 'e.learner_name', 'e.status', 'e.created_at', 'r.birth_date', 'r.phone', 'v.name as village_name', 't.code', 't.number', 't.revoked_at', 't.revoked_reason'])
		.where('e.class_id', '=', classId)
		.where('e.status', 'in', ['enrolled', 'waiting'])
		.orderBy('e.status')
		.orderBy('e.created_at')
		.orderBy('e.id')
		.execute();

/** A resident's places in classes and certificates (theirs by record, or by their account when linked). */
export function learningOfResident(k: DB, r: { id: string; account_id: string | null }) {
	return Promise.all([
		k
			.selectFrom('enrolments as e')
			.innerJoin('classes as c', 'c.id', 'e.class_id')
			.innerJoin('courses as o', 'o.id', 'c.course_id')
			.select(['e.id', 'e.status', 'c.id as class_id', 'c.title as class_title', 'c.starts_on', 'c.ends_on', 'o.id as course_id', 'o.title as course_title'])
			.where((eb) => (r.account_id ? eb.or([eb('e.resident_id', '=', r.id), eb('e.account_id', '=', r.account_id)]) : eb('e.resident_id', '=', r.id)))
			.where('e.status', 'in', ['enrolled', 'waiting'])
			.orderBy('c.starts_on', 'desc')
			.execute(),
		k
			.selectFrom('certificates as t')
			.select(['t.code', 't.number', 't.course_title', 't.hours', 't.issued_on', 't.revoked_at'])
			.where((eb) => (r.account_id ? eb.or([eb('t.resident_id', '=', r.id), eb('t.account_id', '=', r.account_id)]) : eb('t.resident_id', '=', r.id)))
			.orderBy('t.issued_on', 'desc')
			.execute()
	]);
}
