import { expect, it } from 'vitest';
import { authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const QM_CENTRE = demoId('ttht-quang-minh');

describeEachDatabase('credentials: completions and numbers under concurrency', { demo: 'no-news' }, (get) => {
	/** A published in-person course with `classes` classes of `learners` residents (no accounts), all present at one session held. */
	async function classesWithLearners(title: string, classes: number, learners: number) {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		get().clock.set('2026-12-01T03:00:00.000Z');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title, topic: 'health', audience: 'Mọi người', description: 'Thực hành.', mode: 'in_person', expectedHours: 4, status: 'published' });
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const ids: string[] = [];
		for (let i = 0; i < classes; i++) {
			const k = await s.learning.createClass(qm, c.id, { title: `Lớp ${i + 1}`, venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 20, startsOn: '2026-12-02', endsOn: '2026-12-20', sessions: [{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00' }] });
			const places: string[] = [];
			for (let j = 0; j < learners; j++) {
				const r = await s.people.create(qm, { fullName: `Học Viên ${i}-${j}`, birthDate: '1970-01-01', gender: 'female', villageId: village });
				places.push((await s.learning.enrol(qm, k.id, { personId: r.id })).enrolmentId);
			}
			const session = (await s.db.kysely.selectFrom('class_sessions').select('id').where('class_id', '=', k.id).executeTakeFirstOrThrow()).id;
			await s.learning.recordAttendance(qm, session, { present: places });
			ids.push(k.id);
		}
		get().clock.set('2026-12-06T03:00:00.000Z');
		return { qm, courseId: c.id, classIds: ids };
	}

	it('gives one certificate per learner when one class is completed six times at once', async () => {
		const s = get().services;
		const { qm, courseId, classIds } = await classesWithLearners('Sơ cứu ban đầu (đồng thời)', 1, 6);
		const results = await Promise.allSettled(Array.from({ length: 6 }, () => s.credentials.completeClass(qm, classIds[0]!)));
		expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
		const issued = results.flatMap((r) => (r.status === 'fulfilled' ? r.value.completed.map((x) => x.certificateCode) : [])).filter((x) => x !== null);
		expect(issued).toHaveLength(6);
		const certs = await s.db.kysely.selectFrom('certificates').select(['resident_id', 'seq']).where('course_id', '=', courseId).execute();
		const completions = await s.db.kysely.selectFrom('completions').select('resident_id').where('course_id', '=', courseId).execute();
		expect(certs).toHaveLength(6);
		expect(completions).toHaveLength(6);
		expect(new Set(certs.map((c) => c.resident_id)).size).toBe(6);
	});

	it('numbers certificates of eight classes completed at once without a gap, a double or an error', async () => {
		const s = get().services;
		const { qm, courseId, classIds } = await classesWithLearners('Phòng chống đuối nước (đồng thời)', 8, 3);
		const before = await s.db.kysely.selectFrom('certificates').select((eb) => eb.fn.max('seq').as('m')).where('org_id', '=', QM_CENTRE).where('year', '=', 2026).executeTakeFirst();
		const results = await Promise.allSettled(classIds.map((id) => s.credentials.completeClass(qm, id)));
		expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
		const seqs = (await s.db.kysely.selectFrom('certificates').select('seq').where('course_id', '=', courseId).execute()).map((c) => Number(c.seq)).sort((a, b) => a - b);
		const from = Number(before?.m ?? 0) + 1;
		expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => from + i));
	});
});
