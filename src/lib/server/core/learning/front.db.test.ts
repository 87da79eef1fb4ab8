/** What the front door shows: classes starting soon near someone, a learner's courses to go on with, and a resident's learning for officers. */
import { expect, it } from 'vitest';
import { authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const QM_CENTRE = demoId('ttht-quang-minh');

describeEachDatabase('learning at the front door', { demo: 'no-news' }, (get) => {
	it('lists open classes of published courses starting soon in the commune asked for, and none of drafts or other communes', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const course = (title: string, status: string) => s.learning.createCourse(qm, { orgId: QM_CENTRE, title, topic: 'culture', audience: 'Mọi người', description: 'Sinh hoạt văn hóa.', mode: 'in_person', expectedHours: 4, status });
		const klass = { title: 'Lớp sáng Chủ nhật', venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 12, startsOn: '2026-11-30', endsOn: '2026-12-20', sessions: [{ date: '2026-11-30', startsAt: '08:00', endsAt: '10:00' }] };
		const open = await course('Hát chèo cho mọi người', 'published');
		const draft = await course('Hát xoan (bản nháp)', 'draft');
		const k = await s.learning.createClass(qm, open.id, klass);
		await s.learning.createClass(qm, draft.id, klass);
		const here = await s.learning.upcomingClasses({ unitId: QM, limit: 50 });
		const mine = here.find((c) => c.classId === k.id);
		expect(mine).toMatchObject({ courseTitle: 'Hát chèo cho mọi người', communeName: 'Xã Quang Minh', started: false, placesLeft: 12, startsOn: '2026-11-30' });
		expect(here.some((c) => c.courseTitle.startsWith('Hát xoan'))).toBe(false);
		expect((await s.learning.upcomingClasses({ unitId: YL, limit: 50 })).some((c) => c.classId === k.id)).toBe(false);
		expect((await s.learning.upcomingClasses({ unitId: 'không-phải-mã' })).length).toBeGreaterThanOrEqual(0);
		// soonest first
		const days = here.filter((c) => !c.started).map((c) => c.startsOn);
		expect(days).toEqual([...days].sort());
	});

	it('shows a learner the online course they began with its next lesson until it is complete, and marks a class over once it has ended', async () => {
		const ctx = get();
		const s = ctx.services;
		const qm = await authAs(s, 'quangminh.canbo');
		const lan = await authAs(s, 'dan.lan');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Gửi tin nhắn thoại', topic: 'digital_skills', audience: 'Mọi người', description: 'Hai bài ngắn.', mode: 'online', expectedHours: 1, status: 'published' });
		const one = await s.lessons.addLesson(qm, c.id, { title: 'Bài 1: Ghi âm', kind: 'text', body: 'Bấm giữ nút micro.' });
		const two = await s.lessons.addLesson(qm, c.id, { title: 'Bài 2: Gửi đi', kind: 'text', body: 'Thả tay ra để gửi.' });
		expect((await s.learning.continueLearning(lan)).some((x) => x.courseId === c.id)).toBe(false);
		await s.lessons.markDone(lan, one.id);
		const going = (await s.learning.continueLearning(lan)).find((x) => x.courseId === c.id);
		expect(going).toEqual({ courseId: c.id, title: 'Gửi tin nhắn thoại', done: 1, total: 2, next: { lessonId: two.id, title: 'Bài 2: Gửi đi' } });
		await s.lessons.markDone(lan, two.id); // the course completes
		expect((await s.learning.continueLearning(lan)).some((x) => x.courseId === c.id)).toBe(false);

		// a class she joined is over once its end date has passed
		const inPerson = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Cắm hoa ngày Tết', topic: 'culture', audience: 'Mọi người', description: 'Một buổi.', mode: 'in_person', expectedHours: 2, status: 'published' });
		const k = await s.learning.createClass(qm, inPerson.id, { title: 'Lớp cuối tuần', venue: 'Nhà văn hóa', teacherName: 'Cô Hoa', capacity: 10, startsOn: '2026-12-05', endsOn: '2026-12-06', sessions: [{ date: '2026-12-05', startsAt: '08:00', endsAt: '10:00' }] });
		await s.learning.enrol(lan, k.id, {});
		const place = async () => (await s.learning.myEnrolments(lan)).find((e) => e.classId === k.id)!;
		expect((await place()).ended).toBe(false);
		ctx.clock.set('2026-12-07T03:00:00.000Z');
		expect((await place()).ended).toBe(true);
		ctx.clock.set('2026-11-29T08:00:00.000Z');
	});

	it('shows an officer who may see a resident that resident’s classes and certificates, and nobody else', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const r = await s.people.create(qm, { fullName: 'Khúc Thị Học', birthDate: '1952-09-09', gender: 'female', villageId: village });
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Dưỡng sinh buổi sáng', topic: 'health', audience: 'Người cao tuổi', description: 'Tập nhẹ.', mode: 'in_person', expectedHours: 6, status: 'published' });
		const k = await s.learning.createClass(qm, c.id, { title: 'Lớp sân đình', venue: 'Sân đình', teacherName: 'Ông Khỏe', capacity: 30, startsOn: '2026-12-01', endsOn: '2026-12-31', sessions: [{ date: '2026-12-01', startsAt: '05:30', endsAt: '06:30' }] });
		await s.learning.enrol(qm, k.id, { personId: r.id });
		const h = await s.learning.learnerHistory(qm, r.id);
		expect(h.classes.map((x) => [x.courseTitle, x.classTitle, x.ended])).toEqual([['Dưỡng sinh buổi sáng', 'Lớp sân đình', false]]);
		expect(h.certificates).toEqual([]);
		for (const other of [await authAs(s, 'yenlang.canbo'), await authAs(s, 'tienthang.ttht'), await authAs(s, 'dan.lan')]) expect((await errorOf(s.learning.learnerHistory(other, r.id))).code).toBe('not_found');
		expect((await errorOf(s.learning.learnerHistory(qm, 'không-có'))).code).toBe('not_found');
	});
});
