/**
 * What the front door and a commune's page show of learning, to anyone: classes of published
 * courses that start soon (or have started and still take learners), nearest first, within a
 * commune when one is asked for. Public data only (no roster, no names).
 */
import { sql } from 'kysely';
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
		}
	};
}
