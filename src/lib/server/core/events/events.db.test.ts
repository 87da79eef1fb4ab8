import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { ctx, newAccount, signIn, STRONG } from '../../testing/accounts';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');

describeEachDatabase('events: registration with a waiting list, tickets, check-in at the door', { demo: 'no-news', smtp: true }, (get) => {
	const officer = () => authAs(get().services, 'quangminh.canbo');
	const event = async (title: string, capacity = 50) =>
		get().services.events.create(await officer(), { title, kind: 'talk', venue: 'Nhà văn hóa xã Quang Minh', address: 'Thôn Yên Thị', startsAt: '2026-12-05T08:00', endsAt: '2026-12-05T10:30', capacity, unitId: QM, description: 'Nói chuyện chuyên đề về an toàn thông tin khi học trực tuyến.' });
	const resident = async (email: string | null = null) => {
		const s = get().services;
		const a = await newAccount(s);
		if (email) await s.db.kysely.updateTable('accounts').set({ email }).where('id', '=', a.id).execute();
		return ctx((await signIn(s, a.login, STRONG)).actor);
	};

	it('gives places while there are some, then a waiting list; a place given up goes to the longest-waiting, who is told by email', async () => {
		const s = get().services;
		const e = await event('Nói chuyện: học trực tuyến an toàn (2 chỗ)', 2);
		const [a, b, c] = [await resident('ve.a@example.vn'), await resident('ve.b@example.vn'), await resident('ve.c@example.vn')];
		const ta = await s.events.register(a, e.id, {});
		expect(ta).toMatchObject({ status: 'registered', eventTitle: e.title });
		expect(ta.code).toMatch(/^[A-Z2-9]{10}$/);
		expect(ta.url).toBe(`http://suotdoi.test/tickets/${ta.code}`);
		// the ticket arrives by email, through the outbox (real SMTP)
		const mail = await get().smtp!.next('ve.a@example.vn');
		expect(mail.subject).toContain('Vé tham dự');
		expect(mail.text).toContain(ta.shownCode);
		expect(mail.text).toContain(ta.url);
		await s.events.register(b, e.id, {});
		const tc = await s.events.register(c, e.id, {});
		expect(tc.status).toBe('waiting');
		expect((await get().smtp!.next('ve.c@example.vn')).subject).toContain('Danh sách chờ');
		expect((await errorOf(s.events.register(a, e.id, {}))).key).toBe('errors.events.already_registered');
		expect(await s.events.get(a, e.id)).toMatchObject({ taken: 2, waiting: 1, mine: { code: ta.code } });
		await s.events.cancel(a, ta.registrationId);
		expect((await get().smtp!.next('ve.c@example.vn')).subject).toContain('Đã có chỗ');
		expect(await s.events.get(c, e.id)).toMatchObject({ taken: 2, waiting: 0, mine: { status: 'registered' } });
		// someone else's registration cannot be cancelled: not found
		expect((await errorOf(s.events.cancel(a, tc.registrationId))).code).toBe('not_found');
	});

	it('holds the capacity when twelve register at once', async () => {
		const s = get().services;
		const e = await event('Hội sách mùa thu (3 chỗ)', 3);
		const people = await Promise.all(Array.from({ length: 12 }, () => resident()));
		const tickets = await Promise.all(people.map((p) => s.events.register(p, e.id, {})));
		expect(tickets.filter((t) => t.status === 'registered')).toHaveLength(3);
		expect(tickets.filter((t) => t.status === 'waiting')).toHaveLength(9);
		expect(await s.events.get(anonymous, e.id)).toMatchObject({ taken: 3, waiting: 9 });
	});

	it('checks a ticket in once when two phones scan it at the same moment', async () => {
		const s = get().services;
		const e = await event('Khai mạc Tuần lễ học tập suốt đời');
		const t = await s.events.register(await resident(), e.id, {});
		const volunteer = await officer();
		const results = await Promise.all(Array.from({ length: 8 }, (_, i) => s.events.checkIn(volunteer, { code: i % 2 ? t.url : t.shownCode.toLowerCase() })));
		expect(results.filter((r) => r.result === 'checked_in')).toHaveLength(1);
		expect(results.filter((r) => r.result === 'already')).toHaveLength(7);
		const first = results.find((r) => r.result === 'checked_in')!;
		for (const r of results) expect(r.checkedInAt).toBe(first.checkedInAt);
		const rows = await s.db.kysely.selectFrom('event_check_ins').select('id').where('registration_id', '=', t.registrationId).execute();
		expect(rows).toHaveLength(1);
		expect((await s.events.get(anonymous, e.id)).checkedIn).toBe(1);
	});

	it('adds a walk-in once even when the scanner sends it again after a dropped connection', async () => {
		const s = get().services;
		const e = await event('Triển lãm sách cộng đồng');
		const v = await officer();
		const walkIn = { eventId: e.id, name: 'Bà Nguyễn Thị Tư', phone: '0912 000 111', clientKey: 'scanner-7f3a9c21-0001' };
		const [one, two] = await Promise.all([s.events.walkIn(v, walkIn), s.events.walkIn(v, walkIn)]);
		expect([one.result, two.result].sort()).toEqual(['already', 'checked_in']);
		expect(one.registrationId).toBe(two.registrationId);
		expect((await s.events.walkIn(v, walkIn)).result).toBe('already');
		const roster = await s.events.roster(v, e.id);
		expect(roster.people.filter((p) => p.name === 'Bà Nguyễn Thị Tư')).toHaveLength(1);
		expect(roster.event).toMatchObject({ taken: 1, checkedIn: 1 });
	});

	it('puts what a person attended in their record', async () => {
		const s = get().services;
		const e = await event('Nói chuyện: nuôi dạy con trong thời đại số');
		const me = await resident();
		const t = await s.events.register(me, e.id, {});
		expect((await s.events.mine(me)).find((x) => x.eventId === e.id)?.checkedInAt).toBeNull();
		await s.events.checkIn(await officer(), { code: t.code });
		expect((await s.events.mine(me)).find((x) => x.eventId === e.id)?.checkedInAt).toMatch(/^2026-/);
	});

	it('asks for a session, answers not found outside the volunteer’s reach, and refuses bad input with a message, writing nothing', async () => {
		const s = get().services;
		const e = await event('Lớp học mở: dùng điện thoại thông minh');
		const me = await resident();
		const t = await s.events.register(me, e.id, {});
		for (const p of [s.events.register(anonymous, e.id, {}), s.events.checkIn(anonymous, { code: t.code }), s.events.walkIn(anonymous, { eventId: e.id, name: 'Ai đó' }), s.events.roster(anonymous, e.id), s.events.mine(anonymous), s.events.create(anonymous, {})])
			expect((await errorOf(p)).code).toBe('unauthenticated');
		// another commune's officer, and a resident, reach neither the ticket nor the roster
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.events.checkIn(yl, { code: t.code }))).code).toBe('not_found');
		expect((await errorOf(s.events.walkIn(yl, { eventId: e.id, name: 'Ai đó' }))).code).toBe('not_found');
		expect((await errorOf(s.events.roster(yl, e.id))).code).toBe('not_found');
		expect((await errorOf(s.events.roster(me, e.id))).code).toBe('not_found');
		expect((await errorOf(s.events.checkIn(me, { code: t.code }))).code).toBe('not_found');
		expect((await errorOf(s.events.ticket(yl, t.code))).code).toBe('not_found');
		expect((await errorOf(s.events.create(yl, { title: 'Ngoài xã', kind: 'talk', venue: 'Hội trường', startsAt: '2026-12-05T08:00', endsAt: '2026-12-05T10:00', capacity: 10, unitId: QM }))).fields.unitId?.key).toBe('errors.events.unknown_unit');
		// bad input: a field message, nothing written
		for (const code of ['', 'ABC', 'ABCDE-FGHI0', 'x'.repeat(300)]) expect((await errorOf(s.events.checkIn(await officer(), { code }))).fields.code, code).toBeDefined();
		expect((await errorOf(s.events.checkIn(await officer(), { code: 'AAAAA-AAAAA' }))).code).toBe('not_found');
		const o = await officer();
		const bad = { title: 'Sai giờ', kind: 'talk', venue: 'Hội trường', startsAt: '2026-12-05T10:00', endsAt: '2026-12-05T08:00', capacity: 0, unitId: QM };
		const err = await errorOf(s.events.create(o, bad));
		expect(err.fields.capacity?.key).toBe('errors.events.capacity');
		expect((await errorOf(s.events.create(o, { ...bad, capacity: 10 }))).fields.endsAt?.key).toBe('errors.events.ends_before');
		expect((await errorOf(s.events.create(o, { ...bad, capacity: 10, startsAt: 'ngày mai' }))).fields.startsAt?.key).toBe('errors.field.datetime');
		expect((await errorOf(s.events.walkIn(o, { eventId: e.id, name: '' }))).fields.name).toBeDefined();
		expect(await s.db.kysely.selectFrom('events').select('id').where('title', '=', 'Sai giờ').execute()).toEqual([]);
		expect((await s.events.roster(o, e.id)).people).toHaveLength(1);
	});
});
