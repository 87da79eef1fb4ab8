/**
 * What the front door and a commune's page show of learning, to anyone: classes of published
 * courses that start soon (or have started and still take learners), nearest first, within a
 * commune when one is asked for. Public data only (no roster, no names). And, for a signed-in
 * learner, the online courses they have begun and not finished, with the lesson to go on with.
 */
import { sql } from 'kysely';
import type { AuthContext } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { unitSubtreeSql } from '../../platform/db/scope';
import { UUID_RE } from '../../platform/ids';

export function createLearningFront({ db, clock }: { db: Db; clock: Clock }) {
	const k = db.kysely;
	return {
		/** Open classes not yet over, those starting soonest first; `unitId` keeps those of one commune (or village's commune). */
		async upcomingClasses(opts: { unitId?: string | null; limit?: number } = {}) {
			const today = todayVn(clock);
			let q = k
				.selectFrom('classes as k')
				.innerJoin('courses as c', 'c.id', 'k.course_id')
				.innerJoin('admin_units as u', 'u.id', 'c.unit_id')
				.select(['k.id', 'k.title', 'k.venue', 'k.starts_on', 'k.ends_on', 'k.capacity', 'k.enrolled_count', 'c.id as course_id', 'c.title as course_title', 'c.topic', 'u.name as unit_name'])
				.where('c.status', '=', 'published')
				.where('k.status', '=', 'open')
				.where('k.ends_on', '>=', today);
			if (opts.unitId && UUID_RE.test(opts.unitId)) q = q.where(sql<boolean>`c.unit_id in (${unitSubtreeSql([opts.unitId], today)})`);
			const rows = await q
				// those still to start, soonest first, then those under way
				.orderBy(sql`(case when k.starts_on >= ${today} then 0 else 1 end)`)
				.orderBy('k.starts_on')
				.orderBy('k.id')
				.limit(Math.min(opts.limit ?? 6, 50))
				.execute();
			return rows.map((r) => ({ classId: r.id, title: r.title, venue: r.venue, startsOn: r.starts_on, endsOn: r.ends_on, started: r.starts_on < today, placesLeft: Math.max(0, Number(r.capacity) - Number(r.enrolled_count)), courseId: r.course_id, courseTitle: r.course_title, topic: r.topic, communeName: r.unit_name }));
		},

		/** The signed-in learner's online courses begun and not completed, latest first, each with its next lesson. */
		async continueLearning(auth: AuthContext, limit = 3) {
			if (!auth.actor) return [];
			const accountId = auth.actor.accountId;
			const begun = await k
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
			return Promise.all(
				begun.map(async (c) => {
					const next = await k
						.selectFrom('lessons as l')
						.select(['l.id', 'l.title'])
						.where('l.course_id', '=', c.id)
						.where(sql<boolean>`not exists (select 1 from lesson_progress p where p.lesson_id = l.id and p.account_id = ${accountId})`)
						.orderBy('l.position')
						.limit(1)
						.executeTakeFirst();
					return { courseId: c.id, title: c.title, done: Number(c.done), total: Number(c.total), next: next ? { lessonId: next.id, title: next.title } : null };
				})
			);
		}
	};
}
