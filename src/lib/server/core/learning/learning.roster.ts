/**
 * A class as its managers work with it in the console: the roster with what a teacher needs to
 * reach each learner (birth year, village, phone) and each learner's certificate for the course,
 * printable as the paper list; and finding a walk-in resident of the course's commune to enrol.
 * Only the course's managers see it (others: not found); phone numbers never leave this view.
 * And a resident's learning, for the officers who may see the resident.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import type { PeopleLookups } from '../people/people.service';
import * as repo from './learning.repository';
import { learningOfResident, rosterOf } from './learning.views.repository';
import { learningPolicy } from './learning.policy';

const FOUND_AT_MOST = 20;

export function createClassRoster({ db, clock, access, people }: { db: Db; clock: Clock; access: AccessGateway; people: { lookups: PeopleLookups } }) {
	const k = db.kysely;
	const policy = learningPolicy(access);

	async function managed(auth: AuthContext, classId: string) {
		requireActor(auth);
		const klass = UUID_RE.test(classId) ? await repo.findClass(k, classId) : undefined;
		if (!klass) throw new AppError('not_found');
		const course = (await repo.findCourse(k, klass.course_id))!;
		await policy.requireManage(auth, course);
		return { klass, course };
	}

	return {
		async roster(auth: AuthContext, classId: string) {
			const { klass, course } = await managed(auth, classId);
			const rows = await rosterOf(k, klass.id, klass.course_id);
			const sessions = await repo.sessionsOf(k, klass.id);
			return {
				klass: { id: klass.id, title: klass.title, venue: klass.venue, teacherName: klass.teacher_name, startsOn: klass.starts_on, endsOn: klass.ends_on, capacity: Number(klass.capacity), enrolled: Number(klass.enrolled_count), status: klass.status },
				course: { id: course.id, title: course.title, orgName: course.org_name, unitId: course.unit_id, unitName: course.unit_name },
				sessions: sessions.map((x) => ({ id: x.id, date: x.date, startsAt: x.starts_at, endsAt: x.ends_at })),
				learners: rows.map((r) => ({
					enrolmentId: r.id,
					name: r.learner_name,
					status: r.status as 'enrolled' | 'waiting',
					since: r.created_at,
					birthYear: r.birth_date ? r.birth_date.slice(0, 4) : null,
					villageName: r.village_name,
					phone: r.phone,
					certificate: r.code ? { code: r.code, number: r.number!, revoked: r.revoked_at !== null, revokedReason: r.revoked_reason } : null
				}))
			};
		},

		/**
		 * A resident's learning as an officer who may see the resident reads it (`people.view` over
		 * their village; otherwise not found): classes with their state, completed courses, certificates.
		 */
		async learnerHistory(auth: AuthContext, residentId: string) {
			requireActor(auth);
			const r = UUID_RE.test(residentId) ? await people.lookups.resident(residentId) : undefined;
			if (!r) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.view', { unitId: r.village_id });
			const today = todayVn(clock);
			const [classes, certificates] = await learningOfResident(k, r);
			return {
				classes: classes.map((c) => ({ enrolmentId: c.id, status: c.status, classId: c.class_id, classTitle: c.class_title, courseId: c.course_id, courseTitle: c.course_title, startsOn: c.starts_on, endsOn: c.ends_on, ended: c.ends_on < today })),
				certificates: certificates.map((c) => ({ code: c.code, number: c.number, courseTitle: c.course_title, hours: Number(c.hours), issuedOn: c.issued_on, revoked: c.revoked_at !== null })),
				hours: certificates.filter((c) => c.revoked_at === null).reduce((n, c) => n + Number(c.hours), 0)
			};
		},

		/** Residents of the course's commune whose name matches, to enrol one who walks in. */
		async candidates(auth: AuthContext, classId: string, q: string) {
			const { course } = await managed(auth, classId);
			const found = typeof q === 'string' && q.trim().length >= 2 ? await people.lookups.findInUnit(course.unit_id, q.slice(0, 100), FOUND_AT_MOST) : [];
			return found.map((r) => ({ id: r.id, name: r.full_name, birthYear: r.birth_date.slice(0, 4), villageName: r.village_name }));
		}
	};
}
