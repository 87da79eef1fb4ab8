/**
 * What a course manager should see first in the console: classes starting within a week,
 * sessions already held whose attendance nobody has taken, classes that have ended and wait for
 * their completion to be judged, and the year's figures — all within the manager's scope (in the
 * SQL), for the console's home page.
 */
import { sql } from 'kysely';
import { can, type AccessGateway, type AuthContext } from '../../platform/access';
import { addDays, todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { inScopeSql } from '../../platform/db/scope';

/** how far ahead "starting soon" looks, and how far back a missing attendance is still worth asking for */
export const DESK_RULES = { startingWithinDays: 7, attendanceLookBackDays: 60, shown: 5 } as const;

export function createLearningDesk({ db, clock, access }: { db: Db; clock: Clock; access: AccessGateway }) {
	const k = db.kysely;
	return {
		/** null when the actor manages no courses. */
		async desk(auth: AuthContext) {
			if (!can(auth, 'learning.manage')) return null;
			const scope = access.requireAny(auth, 'learning.manage');
			const today = todayVn(clock);
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
			return {
				starting: { total: n(startingCount), items: starting.map((r) => ({ classId: r.id, courseId: r.course_id, title: r.title, courseTitle: r.course_title, startsOn: r.starts_on, enrolled: Number(r.enrolled_count), capacity: Number(r.capacity) })) },
				attendanceMissing: { total: n(missingCount), items: missing.map((r) => ({ sessionId: r.id, date: r.date, classTitle: r.class_title, courseTitle: r.course_title })) },
				toJudge: { total: n(judgeCount), items: judge.map((r) => ({ classId: r.id, courseId: r.course_id, title: r.title, courseTitle: r.course_title, endsOn: r.ends_on })) },
				year: { learnerPlaces: n(learners), certificates: n(certificates) }
			};
		}
	};
}
