import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const QM_CENTRE = demoId('ttht-quang-minh');
const info = { ip: '192.0.2.9', userAgent: 'vitest' };

describeEachDatabase('desk: the console home’s counts and to-do list', { demo: 'no-news' }, (get) => {
	it('shows an officer the sign-ups waiting in their scope only, and nothing of people to a centre manager or a resident', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const before = (await s.desk.home(qm)).signups!.total;
		const village = async (commune: string) => (await s.places.getUnit(commune)).children[0]!.id;
		await s.signups.signUp(info, { fullName: 'Tạ Thị Chờ', birthDate: '1990-01-01', gender: 'female', villageId: await village(QM), phone: '0912000222', password: 'cho-duyet-2026!' });
		await s.signups.signUp(info, { fullName: 'Tạ Văn Khác', birthDate: '1990-01-01', gender: 'male', villageId: await village(YL), phone: '0912000333', password: 'xa-khac-2026!' });
		const desk = await s.desk.home(qm);
		expect(desk.signups!.total).toBe(before + 1);
		expect(desk.signups!.items.map((x) => x.fullName)).toContain('Tạ Thị Chờ');
		expect(JSON.stringify(desk)).not.toContain('Tạ Văn Khác');
		expect(desk.residents).toBeGreaterThanOrEqual(0);

		const centre = await s.desk.home(await authAs(s, 'tienthang.ttht'));
		expect(centre).toMatchObject({ signups: null, imports: null, residents: null });
		expect(centre.learning).not.toBeNull();
		expect((await errorOf(s.desk.home(await authAs(s, 'dan.lan')))).code).toBe('forbidden');
		expect((await errorOf(s.desk.home(anonymous))).code).toBe('unauthenticated');
	});

	it('lists past sessions without attendance and ended classes to judge until they are done, and classes starting within a week', async () => {
		const ctx = get();
		const s = ctx.services;
		const qm = await authAs(s, 'quangminh.canbo');
		const desk = async () => (await s.desk.home(qm)).learning!;
		const start = await desk();
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Sổ tay điện tử', topic: 'digital_skills', audience: 'Mọi người', description: 'Ghi chép trên điện thoại.', mode: 'in_person', expectedHours: 4, status: 'published' });
		// today is 29 November 2026 (Việt Nam): one class from the 2nd to the 4th of December, one held on the 20th and 27th of November
		const soon = await s.learning.createClass(qm, c.id, { title: 'Lớp tháng Mười Hai', venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 10, startsOn: '2026-12-02', endsOn: '2026-12-04', sessions: [{ date: '2026-12-02', startsAt: '19:00', endsAt: '21:00' }] });
		const past = await s.learning.createClass(qm, c.id, { title: 'Lớp tháng Mười Một', venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 10, startsOn: '2026-11-20', endsOn: '2026-11-27', sessions: [{ date: '2026-11-20', startsAt: '19:00', endsAt: '21:00' }, { date: '2026-11-27', startsAt: '19:00', endsAt: '21:00' }] });
		const r = await s.people.create(qm, { fullName: 'Lò Văn Học', birthDate: '1970-02-02', gender: 'male', villageId: (await s.places.getUnit(QM)).children[0]!.id });
		// the learner came in before the class began
		const today = ctx.clock.now();
		ctx.clock.set('2026-11-19T03:00:00.000Z');
		const place = (await s.learning.enrol(qm, past.id, { personId: r.id })).enrolmentId;
		ctx.clock.set(today);

		let now = await desk();
		expect(now.starting.total).toBe(start.starting.total + 1);
		expect(now.starting.items.map((x) => x.classId)).toContain(soon.id);
		expect(now.attendanceMissing.total).toBe(start.attendanceMissing.total + 2);
		expect(now.toJudge.total).toBe(start.toJudge.total + 1);
		expect(now.toJudge.items.map((x) => x.classId)).toContain(past.id);

		const sessions = await s.db.kysely.selectFrom('class_sessions').select('id').where('class_id', '=', past.id).orderBy('date').execute();
		for (const x of sessions) await s.learning.recordAttendance(qm, x.id, { present: [place] });
		now = await desk();
		expect(now.attendanceMissing.total).toBe(start.attendanceMissing.total);
		await s.credentials.completeClass(qm, past.id);
		now = await desk();
		expect(now.toJudge.total).toBe(start.toJudge.total);
		expect(now.year.certificates).toBe(start.year.certificates + 1);

		// another commune's manager sees none of it
		const other = (await s.desk.home(await authAs(s, 'yenlang.canbo'))).learning!;
		expect(JSON.stringify(other)).not.toContain('Sổ tay điện tử');
	});
});
