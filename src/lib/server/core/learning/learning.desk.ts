/**
 * What a course manager should see first in the console: classes starting within a week,
 * sessions already held whose attendance nobody has taken, classes that have ended and wait for
 * their completion to be judged, and the year's figures — all within the manager's scope (in the
 * SQL), for the console's home page.
 */
import { can, type AccessGateway, type AuthContext } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { deskOf } from './learning.views.repository';

export { DESK_RULES } from './learning.views.repository';

export function createLearningDesk({ db, clock, access }: { db: Db; clock: Clock; access: AccessGateway }) {
	const k = db.kysely;
	return {
		/** null when the actor manages no courses. */
		async desk(auth: AuthContext) {
			if (!can(auth, 'learning.manage')) return null;
			const scope = access.requireAny(auth, 'learning.manage');
			const d = await deskOf(k, scope, todayVn(clock));
			return {
				starting: { total: d.startingTotal, items: d.starting.map((r) => ({ classId: r.id, courseId: r.course_id, title: r.title, courseTitle: r.course_title, startsOn: r.starts_on, enrolled: Number(r.enrolled_count), capacity: Number(r.capacity) })) },
				attendanceMissing: { total: d.missingTotal, items: d.missing.map((r) => ({ sessionId: r.id, date: r.date, classTitle: r.class_title, courseTitle: r.course_title })) },
				toJudge: { total: d.judgeTotal, items: d.judge.map((r) => ({ classId: r.id, courseId: r.course_id, title: r.title, courseTitle: r.course_title, endsOn: r.ends_on })) },
				year: { learnerPlaces: d.learnerPlaces, certificates: d.certificates }
			};
		}
	};
}
