import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { Migrator } from 'kysely';
import { buildServices } from '../../app';
import { createDb, migrateToLatest } from '../../platform/db';
import { MIGRATIONS } from '../../platform/db/migrations';
import { describeEachDatabase, makeTestDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { courseSearchColumns } from './learning.repository';

const TT = demoId('xa-tien-thang');
const QM = demoId('xa-quang-minh');
const TT_CENTRE = demoId('ttht-tien-thang');
const QM_CENTRE = demoId('ttht-quang-minh');
const course = (orgId: string, title: string, extra: Record<string, unknown> = {}) => ({
	orgId,
	title,
	topic: 'digital_skills',
	audience: 'Người cao tuổi trong xã',
	description: 'Dùng điện thoại thông minh an toàn.',
	mode: 'in_person',
	expectedHours: 12,
	...extra
});
const klass = (extra: Record<string, unknown> = {}) => ({
	title: 'Lớp 1',
	venue: 'Nhà văn hóa thôn',
	teacherName: 'Cô Nguyễn Thị Dạy',
	capacity: 10,
	startsOn: '2026-12-01',
	endsOn: '2027-01-31',
	sessions: [{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00', topic: 'Làm quen' }],
	...extra
});

describeEachDatabase('learning: courses, classes, places', { demo: 'no-news', smtp: true }, (get) => {
	it('keeps drafts out of the catalog, and finds a published course typed without accents', async () => {
		const s = get().services;
		const ttht = await authAs(s, 'tienthang.ttht');
		const c = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Kỹ năng số cơ bản cho người cao tuổi'));
		expect(c).toMatchObject({ status: 'draft', unitId: TT, orgName: 'Trung tâm học tập cộng đồng xã Tiến Thắng' });
		expect((await s.learning.catalog({ q: 'ky nang so' })).items.map((x) => x.id)).not.toContain(c.id);
		expect((await errorOf(s.learning.course(anonymous, c.id))).code).toBe('not_found');
		await s.learning.updateCourse(ttht, c.id, { status: 'published' });
		const found = await s.learning.catalog({ q: 'ky nang so' });
		expect(found.items.map((x) => x.title)).toContain('Kỹ năng số cơ bản cho người cao tuổi');
		expect((await s.learning.catalog({ q: 'KY NANG SO CO BA', topic: 'digital_skills', mode: 'in_person', unit: TT })).items.map((x) => x.id)).toEqual([c.id]);
		expect((await s.learning.catalog({ q: 'ky nang so', unit: QM })).items.map((x) => x.id)).not.toContain(c.id);
		expect((await s.learning.catalog({ q: 'ky nang so', mode: 'online' })).items.map((x) => x.id)).not.toContain(c.id);
		expect((await errorOf(s.learning.catalog({ topic: 'astrology' }))).fields.topic).toBeDefined();
		// no words typed: every published course, by title
		const all = await s.learning.catalog({});
		expect(all.total).toBeGreaterThan(1);
		expect(all.items).toHaveLength(Math.min(all.total, all.pageSize));
		expect((await s.learning.catalog({ q: '', unit: TT, topic: 'digital_skills', mode: 'in_person' })).items.map((x) => x.id)).toContain(c.id);
		expect((await s.learning.course(anonymous, c.id)).can.manage).toBe(false);
		expect((await s.learning.course(ttht, c.id)).can.manage).toBe(true);
	});

	it('fills a class of 10 from 50 concurrent enrolments: exactly 10 places and 40 waiting; the list moves up in order', async () => {
		const s = get().services;
		const ttht = await authAs(s, 'tienthang.ttht');
		const admin = await authAs(s, 'admin');
		const c = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Trồng rau an toàn VietGAP', { topic: 'agriculture', status: 'published' }));
		const k = await s.learning.createClass(ttht, c.id, klass());
		const village = (await s.places.getUnit(TT)).children.find((u) => u.level === 'village')!.id;
		const people = [];
		for (let i = 0; i < 50; i++) people.push(await s.people.create(admin, { fullName: `Học Viên Số ${i}`, birthDate: '1970-01-01', gender: i % 2 ? 'female' : 'male', villageId: village }));
		const results = await Promise.all(people.map((p) => s.learning.enrol(ttht, k.id, { personId: p.id })));
		expect(results.filter((r) => r.status === 'enrolled')).toHaveLength(10);
		expect(results.filter((r) => r.status === 'waiting')).toHaveLength(40);
		const after = await s.learning.getClass(ttht, k.id);
		expect(after).toMatchObject({ enrolled: 10, waiting: 40, capacity: 10 });
		expect(after.roster).toHaveLength(50);
		// the same person twice: refused
		expect((await errorOf(s.learning.enrol(ttht, k.id, { personId: people[0]!.id }))).key).toBe('errors.learning.already_enrolled');
		// someone leaves: the longest-waiting learner takes the place
		const leaving = results.find((r) => r.status === 'enrolled')!;
		const firstWaiting = after.roster.find((r) => r.status === 'waiting')!;
		const moved = await s.learning.withdraw(ttht, leaving.enrolmentId);
		expect(moved).toMatchObject({ enrolled: 10, waiting: 39 });
		expect(moved.roster.find((r) => r.enrolmentId === firstWaiting.enrolmentId)!.status).toBe('enrolled');
		expect((await errorOf(s.learning.withdraw(ttht, leaving.enrolmentId))).code).toBe('not_found');
		// concurrent withdrawals never over- or under-count
		const enrolled = moved.roster.filter((r) => r.status === 'enrolled').slice(0, 5);
		await Promise.all(enrolled.map((r) => s.learning.withdraw(ttht, r.enrolmentId)));
		expect(await s.learning.getClass(ttht, k.id)).toMatchObject({ enrolled: 10, waiting: 34 });
	});

	it('keeps a Tiến Thắng centre manager away from Quang Minh’s courses and classes (404)', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const ttht = await authAs(s, 'tienthang.ttht');
		const c = await s.learning.createCourse(qm, course(QM_CENTRE, 'Phòng chống lừa đảo qua mạng', { topic: 'law', status: 'published' }));
		const k = await s.learning.createClass(qm, c.id, klass({ title: 'Lớp Quang Minh' }));
		expect((await errorOf(s.learning.updateCourse(ttht, c.id, { title: 'Đổi tên' }))).code).toBe('not_found');
		expect((await errorOf(s.learning.createClass(ttht, c.id, klass()))).code).toBe('not_found');
		const qmVillage = (await s.places.getUnit(QM)).children[0]!.id;
		const r = await s.people.create(qm, { fullName: 'Người Quang Minh', birthDate: '1980-01-01', gender: 'male', villageId: qmVillage });
		expect((await errorOf(s.learning.enrol(ttht, k.id, { personId: r.id }))).code).toBe('not_found');
		expect((await s.learning.getClass(ttht, k.id)).roster).toEqual([]); // the public part only
		expect((await errorOf(s.learning.createCourse(ttht, course(QM_CENTRE, 'Của người khác')))).fields.orgId?.key).toBe('errors.learning.unknown_organiser');
		// a Quang Minh officer cannot enrol a Tiến Thắng resident into a Quang Minh class
		const ttVillage = (await s.places.getUnit(TT)).children[0]!.id;
		const far = await s.people.create(await authAs(s, 'admin'), { fullName: 'Người Tiến Thắng', birthDate: '1980-01-01', gender: 'male', villageId: ttVillage });
		expect((await errorOf(s.learning.enrol(qm, k.id, { personId: far.id }))).fields.personId?.key).toBe('errors.learning.person_out_of_reach');
		expect((await errorOf(s.learning.createCourse(await authAs(s, 'dan.lan'), course(QM_CENTRE, 'X')))).code).toBe('forbidden');
		expect((await errorOf(s.learning.enrol(anonymous, k.id, {}))).code).toBe('unauthenticated');
	});

	it('reminds each learner with a place the evening before a session, once, however many processes run the reminders', async () => {
		const s = get().services;
		const clock = get().clock;
		const before = clock.now();
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, course(QM_CENTRE, 'Cắm hoa ngày Tết', { topic: 'culture', status: 'published' }));
		const k = await s.learning.createClass(qm, c.id, klass({ startsOn: '2027-01-10', endsOn: '2027-01-31', venue: 'Nhà văn hóa thôn Đông', sessions: [{ date: '2027-01-20', startsAt: '14:00', endsAt: '16:30', topic: 'Hoa đào' }] }));
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		await s.signups.signUp({ ip: 'x', userAgent: 'x' }, { fullName: 'Cô Nhắc Lịch', birthDate: '1970-03-03', gender: 'female', villageId: village, email: 'nhaclich@example.vn', password: 'nhac-lich-2026' });
		await get().smtp!.next('nhaclich@example.vn'); // the sign-up confirmation
		const me = { actor: (await s.accounts.signIn({ ip: 'x', userAgent: 'x' }, { login: 'nhaclich@example.vn', password: 'nhac-lich-2026' })).actor, ip: 'x', userAgent: 'x', locale: 'vi' as const };
		await s.learning.enrol(me, k.id, {});
		await get().smtp!.next('nhaclich@example.vn'); // the place
		// a resident without an email is reminded of nothing, and no letter is lost on them
		const r = await s.people.create(qm, { fullName: 'Bác Không Thư', birthDate: '1950-01-01', gender: 'male', villageId: village });
		await s.learning.enrol(qm, k.id, { personId: r.id });
		try {
			clock.set('2027-01-19T10:59:00.000Z'); // 17:59 in Việt Nam: not yet evening
			expect(await s.learning.sendReminders()).toBe(0);
			clock.set('2027-01-19T11:05:00.000Z'); // 18:05
			// three processes at once: each learner is reminded once
			const counts = await Promise.all([s.learning.sendReminders(), s.learning.sendReminders(), s.learning.sendReminders()]);
			expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
			expect(await s.learning.sendReminders()).toBe(0);
			const mail = await get().smtp!.next('nhaclich@example.vn');
			expect(mail.subject).toBe('Nhắc lịch học ngày mai: Cắm hoa ngày Tết');
			expect(mail.text).toContain('Thời gian: 14:00–16:30');
			expect(mail.text).toContain('Địa điểm: Nhà văn hóa thôn Đông');
			expect(mail.text).toContain('Nội dung: Hoa đào');
		} finally {
			clock.set(before);
		}
	});

	it('answers an enrolment without waiting for SMTP: with the mail server away the letter waits in the queue and arrives once it is back', async () => {
		const s = get().services;
		const smtp = get().smtp!;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, course(QM_CENTRE, 'Làm vườn hữu cơ', { topic: 'agriculture', status: 'published' }));
		const k = await s.learning.createClass(qm, c.id, klass({ capacity: 5 }));
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		await s.signups.signUp({ ip: 'x', userAgent: 'x' }, { fullName: 'Bác Làm Vườn', birthDate: '1960-02-02', gender: 'male', villageId: village, email: 'lamvuon@example.vn', password: 'lam-vuon-2026' });
		await smtp.next('lamvuon@example.vn'); // the sign-up confirmation
		const me = { actor: (await s.accounts.signIn({ ip: 'x', userAgent: 'x' }, { login: 'lamvuon@example.vn', password: 'lam-vuon-2026' })).actor, ip: 'x', userAgent: 'x', locale: 'vi' as const };
		await smtp.stop();
		try {
			expect((await s.learning.enrol(me, k.id, {})).status).toBe('enrolled');
			// the worker has tried (connection refused) and the letter still waits
			await new Promise((r) => setTimeout(r, 1500));
			expect((await s.jobs.counts()).waiting).toBeGreaterThanOrEqual(1);
			expect(smtp.received.filter((m) => m.to.includes('lamvuon@example.vn'))).toHaveLength(1);
		} finally {
			await smtp.start();
		}
		const mail = await smtp.next('lamvuon@example.vn');
		expect(mail.subject).toBe('Đã ghi danh: Làm vườn hữu cơ');
	});

	it('lets a signed-in resident enrol themselves and tells them by email (real SMTP); refuses bad classes', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, course(QM_CENTRE, 'Tiếng Anh giao tiếp cho học sinh', { topic: 'languages', status: 'published' }));
		const k = await s.learning.createClass(qm, c.id, klass({ capacity: 1 }));
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		await s.signups.signUp({ ip: 'x', userAgent: 'x' }, { fullName: 'Trò Ham Học', birthDate: '2010-10-10', gender: 'female', villageId: village, email: 'hamhoc@example.vn', password: 'ham-hoc-2026' });
		await get().smtp!.next('hamhoc@example.vn'); // the sign-up confirmation
		const me = { actor: (await s.accounts.signIn({ ip: 'x', userAgent: 'x' }, { login: 'hamhoc@example.vn', password: 'ham-hoc-2026' })).actor, ip: 'x', userAgent: 'x', locale: 'vi' as const };
		await s.places.updateOrganization(await authAs(s, 'admin'), QM_CENTRE, { email: 'ttht.quangminh@example.vn' });
		const r = await s.learning.enrol(me, k.id, {});
		expect(r.status).toBe('enrolled');
		// the other side: the organiser hears of it at its address in the directory
		const toCentre = await get().smtp!.next('ttht.quangminh@example.vn');
		expect(toCentre.subject).toBe('Ghi danh mới: Lớp 1');
		expect(toCentre.text).toContain('Trò Ham Học đã ghi danh vào lớp “Lớp 1” (khóa “Tiếng Anh giao tiếp cho học sinh”).');
		expect(toCentre.text).toContain('Hiện có 1/1 học viên.');
		expect(r.class.mine).toEqual({ enrolmentId: r.enrolmentId, status: 'enrolled' });
		const mail = await get().smtp!.next('hamhoc@example.vn');
		expect(mail.subject).toBe('Đã ghi danh: Tiếng Anh giao tiếp cho học sinh');
		expect(mail.text).toContain('Khai giảng: 01/12/2026');
		expect((await errorOf(s.learning.enrol(me, k.id, {}))).key).toBe('errors.learning.already_enrolled');
		expect((await s.learning.myEnrolments(me)).map((x) => x.courseTitle)).toEqual(['Tiếng Anh giao tiếp cho học sinh']);
		// bad classes: dates, capacity, sessions; an online course has no classes
		const bad = await errorOf(s.learning.createClass(qm, c.id, klass({ capacity: 0, endsOn: '2026-11-01', sessions: [{ date: '2027-05-01', startsAt: '21:00', endsAt: '19:00' }] })));
		expect(Object.keys(bad.fields).sort()).toEqual(['capacity', 'endsOn', 'sessions.0.date', 'sessions.0.endsAt']);
		// a timetable typed one session per line, as the console sends it
		const typed = await s.learning.createClass(qm, c.id, klass({ sessions: '05/12/2026 19:00-21:00 Làm quen\n12/12/2026 19:00-21:00' }));
		expect(typed.sessions.map((x) => [x.date, x.topic])).toEqual([
			['2026-12-05', 'Làm quen'],
			['2026-12-12', null]
		]);
		expect((await errorOf(s.learning.createClass(qm, c.id, klass({ sessions: '05/12/2026 19:00-21:00\nthứ bảy tuần sau' })))).fields.sessions).toEqual({ key: 'errors.learning.session_line', params: { line: 2 } });
		expect((await errorOf(s.learning.createClass(qm, c.id, klass({ sessions: '31/02/2027 19:00-21:00' })))).fields['sessions.0.date']?.key).toBe('errors.field.date');
		expect((await errorOf(s.credentials.completeClass(qm, 'khong-co'))).code).toBe('not_found');
		expect((await errorOf(s.learning.manageCourse(await authAs(s, 'tienthang.ttht'), c.id))).code).toBe('not_found');
		const bad2 = await errorOf(s.learning.createClass(qm, c.id, klass({ endsOn: '2026-11-01' })));
		expect(bad2.fields.endsOn?.key).toBe('errors.learning.ends_before_start');
		const online = await s.learning.createCourse(qm, course(QM_CENTRE, 'Học trực tuyến', { mode: 'online' }));
		expect((await errorOf(s.learning.createClass(qm, online.id, klass()))).key).toBe('errors.learning.online_has_no_classes');
	});

	it('takes attendance per session (resubmitting overwrites) and exports the sheet as .xlsx like the paper book', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, course(QM_CENTRE, 'Sơ cứu ban đầu', { topic: 'health', status: 'published' }));
		const k = await s.learning.createClass(qm, c.id, klass({ sessions: [{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00' }, { date: '2026-12-12', startsAt: '19:00', endsAt: '21:00' }] }));
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const names = ['Đinh Văn Một', 'Đinh Thị Hai', 'Đinh Văn Ba'];
		const places = [];
		for (const n of names) {
			const r = await s.people.create(qm, { fullName: n, birthDate: '1975-05-05', gender: 'male', villageId: village });
			places.push((await s.learning.enrol(qm, k.id, { personId: r.id })).enrolmentId);
		}
		const detail = await s.learning.getClass(qm, k.id);
		const sessionIds = (await s.learning.attendance(qm, (await s.db.kysely.selectFrom('class_sessions').select('id').where('class_id', '=', k.id).orderBy('date').execute())[0]!.id)).sessions.map((x) => x.id);
		expect(detail.sessions).toHaveLength(2);
		const first = await s.learning.recordAttendance(qm, sessionIds[0]!, { present: [places[0], places[1]] });
		expect(first.learners.map((l) => [l.name, l.present])).toEqual([
			['Đinh Văn Một', true],
			['Đinh Thị Hai', true],
			['Đinh Văn Ba', false]
		]);
		const again = await s.learning.recordAttendance(qm, sessionIds[0]!, { present: [places[2]] });
		expect(again.learners.map((l) => l.present)).toEqual([false, false, true]);
		expect((await s.learning.attendance(qm, sessionIds[1]!)).learners.map((l) => l.present)).toEqual([null, null, null]);
		expect((await errorOf(s.learning.recordAttendance(qm, sessionIds[1]!, { present: ['khong-co'] }))).fields.present?.key).toBe('errors.learning.not_in_class');
		expect((await errorOf(s.learning.attendance(await authAs(s, 'tienthang.ttht'), sessionIds[0]!))).code).toBe('not_found');
		expect((await errorOf(s.learning.attendance(anonymous, sessionIds[0]!))).code).toBe('unauthenticated');
		// completion from attendance: with sessions on 5 and 12 December, judged on 13 December
		get().clock.set('2026-12-13T03:00:00.000Z');
		await s.learning.recordAttendance(qm, sessionIds[1]!, { present: [places[2], places[0]] });
		const closing = await s.credentials.completeClass(qm, k.id);
		expect(closing.held).toBe(2);
		expect(closing.completed.map((x) => x.name)).toEqual(['Đinh Văn Ba']); // 2 of 2
		expect(closing.short.map((x) => [x.name, x.attended])).toEqual([
			['Đinh Văn Một', 1],
			['Đinh Thị Hai', 0]
		]);
		const code = closing.completed[0]!.certificateCode!;
		expect(await s.credentials.verify(code)).toMatchObject({ valid: true, learnerName: 'Đinh Văn Ba', courseTitle: 'Sơ cứu ban đầu', issuedOn: '2026-12-13' });
		expect((await s.credentials.completeClass(qm, k.id)).completed).toEqual([{ name: 'Đinh Văn Ba', certificateCode: null }]); // once
		expect((await errorOf(s.credentials.completeClass(await authAs(s, 'tienthang.ttht'), k.id))).code).toBe('not_found');
		get().clock.set('2026-11-29T01:00:00.000Z');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await s.learning.attendanceWorkbook(qm, k.id)).bytes as never);
		const ws = wb.worksheets[0]!;
		expect(ws.getCell(2, 1).value).toBe('SỔ ĐIỂM DANH');
		expect(ws.getRow(6).values).toEqual([undefined, 'STT', 'Họ và tên', '05/12', '12/12', 'Số buổi có mặt']);
		expect(ws.getRow(9).values).toEqual([undefined, 3, 'Đinh Văn Ba', 'x', 'x', 2]);
		expect(ws.getRow(7).values).toEqual([undefined, 1, 'Đinh Văn Một', 'v', 'x', 1]);
		expect(ws.getRow(8).values).toEqual([undefined, 2, 'Đinh Thị Hai', 'v', 'v', 0]);
	});

	it('counts learners, learner-turns and hours within the officer’s scope, by commune, topic, age group and gender', async () => {
		const s = get().services;
		const ttht = await authAs(s, 'tienthang.ttht');
		const qm = await authAs(s, 'quangminh.canbo');
		const before = await s.learning.statistics(ttht);
		const qmBefore = await s.learning.statistics(qm);
		const c = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Nghề đan lát mây tre', { topic: 'vocational', status: 'published' }));
		const k = await s.learning.createClass(ttht, c.id, klass({ capacity: 5 }));
		const village = (await s.places.getUnit(TT)).children.find((u) => u.level === 'village')!.id;
		const admin = await authAs(s, 'admin');
		const old = await s.people.create(admin, { fullName: 'Cụ Bà Đan', birthDate: '1950-01-01', gender: 'female', villageId: village });
		const young = await s.people.create(admin, { fullName: 'Anh Trẻ Đan', birthDate: '2000-01-01', gender: 'male', villageId: village });
		await s.learning.enrol(ttht, k.id, { personId: old.id });
		await s.learning.enrol(ttht, k.id, { personId: young.id });
		const after = await s.learning.statistics(ttht);
		expect(after.total.turns - before.total.turns).toBe(2);
		expect(after.total.learners - before.total.learners).toBe(2);
		const row = (rows: { key: string; turns: number }[], key: string) => rows.find((r) => r.key === key)?.turns ?? 0;
		expect(row(after.byTopic, 'vocational') - row(before.byTopic, 'vocational')).toBe(2);
		expect(row(after.byAgeGroup, '60+') - row(before.byAgeGroup, '60+')).toBe(1);
		expect(row(after.byAgeGroup, '16-35') - row(before.byAgeGroup, '16-35')).toBe(1);
		expect(row(after.byGender, 'female') - row(before.byGender, 'female')).toBe(1);
		expect(after.byCommune.map((r) => r.key)).toEqual(['Xã Tiến Thắng']);
		// completing the class adds a completion and its hours, not another learner-turn; a course
		// completed online without a place in a class is a turn of its own
		const at = '2026-11-20T03:00:00.000Z';
		await s.db.kysely.insertInto('completions').values({ id: crypto.randomUUID(), course_id: c.id, account_id: null, resident_id: old.id, hours: 12, completed_at: at }).execute();
		const online = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Đan lát qua video', { topic: 'vocational', status: 'published', mode: 'online' }));
		await s.db.kysely.insertInto('completions').values({ id: crypto.randomUUID(), course_id: online.id, account_id: null, resident_id: young.id, hours: 3, completed_at: at }).execute();
		const done = await s.learning.statistics(ttht);
		expect([done.total.turns - after.total.turns, done.total.completions - after.total.completions, done.total.hours - after.total.hours, done.total.learners - after.total.learners]).toEqual([1, 2, 15, 0]);
		expect(done.byMonth.find((r) => r.key === '2026-11')?.completions).toBeGreaterThanOrEqual(2);
		// another commune's officer sees none of it
		expect((await s.learning.statistics(qm)).total).toEqual(qmBefore.total);
		expect((await errorOf(s.learning.statistics(await authAs(s, 'dan.lan')))).code).toBe('forbidden');
		// the same figures as a workbook in the reader's language, the total first
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await s.learning.statisticsWorkbook(ttht)).bytes as never);
		const sheet = wb.worksheets[0]!;
		expect(sheet.getRow(1).values).toEqual([undefined, 'Nhóm', 'Giá trị', 'Người học', 'Lượt học', 'Hoàn thành', 'Giờ học']);
		expect(sheet.getRow(2).values).toEqual([undefined, 'Tổng', '', ...[done.total.learners, done.total.turns, done.total.completions, done.total.hours].map(String)]);
		expect(JSON.stringify(sheet.getSheetValues())).toContain('"Nghề"');
		expect((await errorOf(s.learning.statisticsWorkbook(await authAs(s, 'dan.lan')))).code).toBe('forbidden');
	});

	it('finds a published course by the words of its description, typed with or without accents, titles first', async () => {
		const s = get().services;
		const ttht = await authAs(s, 'tienthang.ttht');
		const description = [
			'## Nội dung',
			'- Hướng dẫn **sử dụng điện thoại** thông minh: nghe gọi, nhắn tin, chụp ảnh.',
			'- Gọi video cho con cháu qua [Zalo](https://zalo.me/ho-tro), xem tin tức an toàn.'
		].join('\n');
		const byDescription = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Lớp học buổi tối cho các cụ', { description, status: 'published' }));
		for (const q of ['zalo', 'su dung dien thoai', 'SỬ DỤNG ĐIỆN THOẠI', 'Sử dụng điện thoại'])
			expect((await s.learning.catalog({ q })).items.map((x) => x.id), q).toContain(byDescription.id);
		// the API reads the same catalog (GET /api/v1/courses?q=); a link's address is not text to search
		expect((await s.learning.catalog({ q: 'ho tro' })).items.map((x) => x.id)).not.toContain(byDescription.id);
		// titles first: the words together in a title, then every word in a title, then a description
		const phraseInTitle = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Sử dụng điện thoại cho người cao tuổi', { description: 'Học theo nhóm nhỏ.', status: 'published' }));
		const wordsInTitle = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Điện thoại thông minh: cách sử dụng', { description: 'Học theo nhóm nhỏ.', status: 'published' }));
		const mine = [phraseInTitle.id, wordsInTitle.id, byDescription.id];
		for (const q of ['su dung dien thoai', 'SỬ DỤNG ĐIỆN THOẠI']) expect((await s.learning.catalog({ q })).items.map((x) => x.id).filter((id) => mine.includes(id)), q).toEqual(mine);
		const zaloInTitle = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Dùng Zalo an toàn', { description: 'Học theo nhóm nhỏ.', status: 'published' }));
		expect((await s.learning.catalog({ q: 'zalo' })).items.map((x) => x.id).filter((id) => id === zaloInTitle.id || id === byDescription.id)).toEqual([zaloInTitle.id, byDescription.id]);
		// an edited description is searched as edited; a draft stays out
		await s.learning.updateCourse(ttht, byDescription.id, { description: 'Nghe gọi và nhắn tin.' });
		expect((await s.learning.catalog({ q: 'zalo' })).items.map((x) => x.id)).not.toContain(byDescription.id);
		expect((await s.learning.catalog({ q: 'nhan tin' })).items.map((x) => x.id)).toContain(byDescription.id);
		const draft = await s.learning.createCourse(ttht, course(TT_CENTRE, 'Bản nháp', { description: 'Gọi video qua Zalo.' }));
		expect((await s.learning.catalog({ q: 'zalo' })).items.map((x) => x.id)).not.toContain(draft.id);
		// the officers' own list searches descriptions too
		expect((await s.learning.managed(ttht, { q: 'goi video qua zalo' })).items.map((x) => x.id)).toContain(draft.id);
	});

	it('0018 makes the descriptions of courses written before it searchable (a database left at 0017)', async () => {
		const made = await makeTestDatabase(get().dialect);
		const db = createDb(made.url);
		try {
			const landed = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name <= '0017_exports'));
			const old = new Migrator({ db: db.kysely, provider: { getMigrations: async () => landed }, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
			expect((await old.migrateToLatest()).error).toBeUndefined();
			// a course as the app wrote it before: search_text held the folded title and audience alone
			const k = db.kysely;
			const at = '2026-01-01T00:00:00.000Z';
			const unit = '01900000-0000-7000-8000-0000000a0001';
			const org = '01900000-0000-7000-8000-0000000a0002';
			const id = '01900000-0000-7000-8000-0000000a0003';
			await k.insertInto('admin_units').values({ id: unit, code: null, name: 'Xã Cũ', level: 'commune', kind: 'Xã', valid_from: '2020-01-01', valid_until: null, population: null, search_text: 'xa cu', created_at: at, updated_at: at }).execute();
			await k.insertInto('organizations').values({ id: org, name: 'Trung tâm học tập cộng đồng xã Cũ', kind: 'learning_centre', unit_id: unit, address: null, phone: null, email: null, valid_from: '2020-01-01', valid_until: null, search_text: 'trung tam hoc tap cong dong xa cu', created_at: at, updated_at: at }).execute();
			const description = 'Hướng dẫn **sử dụng điện thoại**; gọi video qua [Zalo](https://zalo.me/ho-tro) &amp; nhắn tin.';
			await k
				.insertInto('courses')
				.values({ id, org_id: org, unit_id: unit, title: 'Lớp học buổi tối', topic: 'digital_skills', audience: 'Người cao tuổi', description, mode: 'in_person', expected_hours: 8, completion_json: '{}', status: 'published', search_text: 'lop hoc buoi toi nguoi cao tuoi', created_by_account_id: null, created_at: at, updated_at: at } as never)
				.execute();
			expect((await buildServices(db).learning.catalog({})).items.map((x) => x.id)).toEqual([id]);
			// the new migrations alone bring it up to date
			const r = await migrateToLatest(db);
			expect(r.results?.map((x) => x.migrationName)).toEqual(Object.keys(MIGRATIONS).filter((name) => name > '0017_exports'));
			const row = await k.selectFrom('courses').select(['search_text', 'title_text']).where('id', '=', id).executeTakeFirstOrThrow();
			expect(row.title_text).toBe('lop hoc buoi toi');
			// what the migration wrote is what the app writes for the same course
			expect(row.search_text).toBe(courseSearchColumns({ title: 'Lớp học buổi tối', audience: 'Người cao tuổi', description }).search_text);
			const s = buildServices(db);
			for (const q of ['zalo', 'su dung dien thoai', 'SỬ DỤNG ĐIỆN THOẠI', 'lop hoc buoi toi']) expect((await s.learning.catalog({ q })).items.map((x) => x.id), q).toEqual([id]);
			expect((await s.learning.catalog({ q: 'ho tro' })).total).toBe(0);
		} finally {
			await db.close();
			await made.drop();
		}
	});
});
