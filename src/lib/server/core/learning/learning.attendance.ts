/**
 * Attendance on a phone: a session's sheet for its teacher and the class's managers, taken
 * (resubmitting overwrites), and the class's book as .xlsx laid out like the paper one.
 */
import { requireActor, type AccessGateway, type AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { z } from 'zod';
import * as repo from './learning.repository';
import { learningPolicy } from './learning.policy';
import { attendanceXlsx } from './attendance.xlsx';

const attendanceInput = z.object({ present: z.array(z.string().max(40)).max(500).default([]) }).strict();

export function attendanceOf({ db, clock, access, classWithCourse }: { db: Db; clock: Clock; access: AccessGateway; classWithCourse: (id: string) => Promise<{ klass: NonNullable<Awaited<ReturnType<typeof repo.findClass>>>; course: repo.CourseRow }> }) {
	const k = db.kysely;
	const policy = learningPolicy(access);
	const nowIso = () => clock.now().toISOString();
	const sheets = {
		/** A session's attendance sheet: every learner with a place, and whether they came (null: not taken). */
		async attendance(auth: AuthContext, sessionId: string) {
			requireActor(auth);
			const session = UUID_RE.test(sessionId) ? await repo.findSession(k, sessionId) : undefined;
			if (!session) throw new AppError('not_found');
			const { klass, course } = await classWithCourse(session.class_id);
			if (klass.teacher_account_id !== auth.actor.accountId) await policy.requireManage(auth, course);
			const [roster, marks, sessions] = await Promise.all([repo.enrolmentsOfClass(k, klass.id), repo.attendanceOfClass(k, klass.id), repo.sessionsOf(k, klass.id)]);
			const mine = new Map(marks.filter((m) => m.session_id === session.id).map((m) => [m.enrolment_id, Number(m.present) === 1]));
			return {
				session: { id: session.id, date: session.date, startsAt: session.starts_at, endsAt: session.ends_at, topic: session.topic },
				sessions: sessions.map((x) => ({ id: x.id, date: x.date, startsAt: x.starts_at })),
				classId: klass.id,
				classTitle: klass.title,
				courseId: course.id,
				courseTitle: course.title,
				learners: roster.filter((e) => e.status === 'enrolled').map((e) => ({ enrolmentId: e.id, name: e.learner_name, present: mine.get(e.id) ?? null }))
			};
		},

		/** Takes attendance: the ids of those present; everyone else with a place is marked absent. Resubmitting overwrites. */
		async recordAttendance(auth: AuthContext, sessionId: string, input: unknown) {
			const sheet = await sheets.attendance(auth, sessionId);
			const v = parseInput(attendanceInput, input);
			const known = new Set(sheet.learners.map((l) => l.enrolmentId));
			if (v.present.some((id) => !known.has(id))) throw invalidField('present', 'errors.learning.not_in_class');
			const present = new Set(v.present);
			const at = nowIso();
			const { course } = await classWithCourse(sheet.classId);
			await transaction(db, async (trx) => {
				await repo.writeAttendance(trx, sheet.learners.map((l) => ({ session_id: sessionId, enrolment_id: l.enrolmentId, present: present.has(l.enrolmentId) ? 1 : 0, recorded_by_account_id: auth.actor!.accountId, recorded_at: at })));
				await recordAudit(trx, clock, auth, { action: 'attendance.record', entityType: 'class_session', entityId: sessionId, scopeUnitId: course.unit_id, after: { present: present.size, absent: sheet.learners.length - present.size } });
			});
			return sheets.attendance(auth, sessionId);
		},

		/** The class's attendance sheet as .xlsx, laid out like the paper book. */
		async attendanceWorkbook(auth: AuthContext, classId: string) {
			requireActor(auth);
			const { klass, course } = await classWithCourse(classId);
			if (klass.teacher_account_id !== auth.actor.accountId) await policy.requireManage(auth, course);
			const [roster, marks, sessions] = await Promise.all([repo.enrolmentsOfClass(k, klass.id), repo.attendanceOfClass(k, klass.id), repo.sessionsOf(k, klass.id)]);
			const byLearner = new Map<string, Record<string, boolean>>();
			for (const m of marks) (byLearner.get(m.enrolment_id) ?? byLearner.set(m.enrolment_id, {}).get(m.enrolment_id)!)[m.session_id] = Number(m.present) === 1;
			const bytes = await attendanceXlsx({
				orgName: course.org_name,
				courseTitle: course.title,
				classTitle: klass.title,
				venue: klass.venue,
				teacherName: klass.teacher_name,
				sessions: sessions.map((x) => ({ id: x.id, date: x.date })),
				learners: roster.filter((e) => e.status === 'enrolled').map((e) => ({ name: e.learner_name, marks: byLearner.get(e.id) ?? {} }))
			});
			return { bytes, fileName: `diem-danh-${klass.starts_on}.xlsx` };
		}
	};
	return sheets;
}
