/**
 * What the front door and a commune's page show of learning, to anyone: classes of published
 * courses that start soon (or have started and still take learners), nearest first, within a
 * commune when one is asked for. Public data only (no roster, no names). And, for a signed-in
 * learner, the online courses they have begun and not finished, with the lesson to go on with.
 */
import type { AuthContext } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { UUID_RE } from '../../platform/ids';
import * as views from './learning.views.repository';

export function createLearningFront({ db, clock }: { db: Db; clock: Clock }) {
	const k = db.kysely;
	return {
		/** Open classes not yet over, those starting soonest first; `unitId` keeps those of one commune (or village's commune). */
		async upcomingClasses(opts: { unitId?: string | null; limit?: number } = {}) {
			const today = todayVn(clock);
			const unitId = opts.unitId && UUID_RE.test(opts.unitId) ? opts.unitId : null;
			const rows = await views.upcomingClasses(k, today, { unitId, limit: Math.min(opts.limit ?? 6, 50) });
			return rows.map((r) => ({ classId: r.id, title: r.title, venue: r.venue, startsOn: r.starts_on, endsOn: r.ends_on, started: r.starts_on < today, placesLeft: Math.max(0, Number(r.capacity) - Number(r.enrolled_count)), courseId: r.course_id, courseTitle: r.course_title, topic: r.topic, communeName: r.unit_name }));
		},

		/** The signed-in learner's online courses begun and not completed, latest first, each with its next lesson. */
		async continueLearning(auth: AuthContext, limit = 3) {
			if (!auth.actor) return [];
			const accountId = auth.actor.accountId;
			const begun = await views.coursesBegun(k, accountId, limit);
			return Promise.all(
				begun.map(async (c) => {
					const next = await views.nextLessonOf(k, c.id, accountId);
					return { courseId: c.id, title: c.title, done: Number(c.done), total: Number(c.total), next: next ? { lessonId: next.id, title: next.title } : null };
				})
			);
		}
	};
}
