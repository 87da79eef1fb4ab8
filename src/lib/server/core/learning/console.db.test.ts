/** What the console does with a class: judge it only once it has ended (or on purpose), the roster, walk-ins, revoking, figures over a period. */
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const QM_CENTRE = demoId('ttht-quang-minh');

describeEachDatabase('learning in the console: classes, certificates, figures', { demo: 'no-news' }, (get) => {
	/** A class of four weekly sessions in December with three learners; the clock on 29 November. */
	async function fourSessions(title: string) {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title, topic: 'digital_skills', audience: 'Mọi người', description: 'Thực hành trên điện thoại.', mode: 'in_person', expectedHours: 8, status: 'published' });
		const dates = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'];
		const k = await s.learning.createClass(qm, c.id, { title: 'Lớp tối thứ Ba', venue: 'Nhà văn hóa thôn', teacherName: 'Cô Dạy', capacity: 10, startsOn: '2026-12-01', endsOn: '2026-12-22', sessions: dates.map((date) => ({ date, startsAt: '19:00', endsAt: '21:00' })) });
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const places: string[] = [];
		for (const [i, fullName] of ['Hà Văn Một', 'Hà Thị Hai', 'Hà Văn Ba'].entries()) {
			const r = await s.people.create(qm, { fullName, birthDate: `196${i}-03-03`, gender: i === 1 ? 'female' : 'male', villageId: village, phone: `091200000${i}` });
			places.push((await s.learning.enrol(qm, k.id, { personId: r.id })).enrolmentId);
		}
		const sessions = (await s.db.kysely.selectFrom('class_sessions').select('id').where('class_id', '=', k.id).orderBy('date').execute()).map((x) => x.id);
		return { s, qm, course: c, klass: k, places, sessions };
	}

	it('refuses to issue certificates after one session of four unless the manager confirms judging early; a preview issues nothing', async () => {
		const { s, qm, klass, places, sessions } = await fourSessions('Zalo an toàn');
		const clock = get().clock;
		clock.set('2026-12-02T03:00:00.000Z'); // after the first session
		await s.learning.recordAttendance(qm, sessions[0]!, { present: places });
		const preview = await s.credentials.completeClass(qm, klass.id, { preview: true });
		expect(preview).toMatchObject({ preview: true, held: 1, total: 4, remaining: 3, ended: false });
		expect(preview.completed.map((c) => c.certificateCode)).toEqual([null, null, null]);
		const refused = await errorOf(s.credentials.completeClass(qm, klass.id));
		expect([refused.code, refused.key, refused.params]).toEqual(['conflict', 'errors.learning.class_not_ended', { held: 1, total: 4 }]);
		expect(await s.db.kysely.selectFrom('certificates').select('id').where('course_id', '=', klass.courseId).execute()).toEqual([]);
		expect((await errorOf(s.credentials.completeClass(qm, klass.id, { early: 'yes' }))).code).toBe('invalid');

		// on purpose: issued, and the log says it was early
		const early = await s.credentials.completeClass(qm, klass.id, { early: true });
		expect(early.completed.filter((c) => c.certificateCode)).toHaveLength(3);
		const log = await s.audit.list(await authAs(s, 'admin'), { action: 'class.complete_early' });
		expect(log.rows.map((r) => [r.entity_id, r.note])).toEqual([[klass.id, '1/4']]);

		// after the last session is over, no confirmation is needed (nobody left to issue to)
		clock.set('2026-12-22T13:30:00.000Z'); // 20:30 in Việt Nam: the last session runs until 21:00
		expect((await s.credentials.completeClass(qm, klass.id, { preview: true })).ended).toBe(false);
		clock.set('2026-12-22T14:05:00.000Z');
		expect((await s.credentials.completeClass(qm, klass.id)).ended).toBe(true);
		clock.set('2026-11-29T08:00:00.000Z');
	});

	it('shows managers the roster with phones and certificates, finds walk-ins in the course’s commune only, and revokes with a reason', async () => {
		const { s, qm, klass, places, sessions } = await fourSessions('Chụp ảnh bằng điện thoại');
		const clock = get().clock;
		const admin = await authAs(s, 'admin');
		// a walk-in: found by name without accents in Quang Minh, not a namesake in Yên Lãng
		const qmVillage = (await s.places.getUnit(QM)).children[0]!.id;
		const ylVillage = (await s.places.getUnit(YL)).children[0]!.id;
		const walkIn = await s.people.create(admin, { fullName: 'Vương Thị Đến', birthDate: '1955-05-05', gender: 'female', villageId: qmVillage });
		await s.people.create(admin, { fullName: 'Vương Thị Đến', birthDate: '1956-06-06', gender: 'female', villageId: ylVillage });
		const found = await s.learning.candidates(qm, klass.id, 'vuong thi den');
		expect(found.map((f) => [f.id, f.birthYear])).toEqual([[walkIn.id, '1955']]);
		expect(await s.learning.candidates(qm, klass.id, 'v')).toEqual([]);
		await s.learning.enrol(qm, klass.id, { personId: walkIn.id });

		for (const id of sessions) {
			clock.set('2026-12-23T03:00:00.000Z');
			await s.learning.recordAttendance(qm, id, { present: places });
		}
		await s.credentials.completeClass(qm, klass.id);
		const roster = await s.learning.roster(qm, klass.id);
		expect(roster.learners.map((l) => [l.name, l.birthYear, l.phone, l.certificate !== null])).toEqual([
			['Hà Văn Một', '1960', '0912000000', true],
			['Hà Thị Hai', '1961', '0912000001', true],
			['Hà Văn Ba', '1962', '0912000002', true],
			['Vương Thị Đến', '1955', null, false]
		]);
		const code = roster.learners[0]!.certificate!.code;
		expect((await errorOf(s.credentials.revoke(qm, code, { reason: '' }))).fields.reason).toBeDefined();
		await s.credentials.revoke(qm, code, { reason: 'Ghi nhầm người học' });
		expect((await s.learning.roster(qm, klass.id)).learners[0]!.certificate).toMatchObject({ revoked: true, revokedReason: 'Ghi nhầm người học' });
		expect((await s.credentials.verify(code)).valid).toBe(false);

		// nobody else sees the roster (its phones), nor searches the commune through it
		for (const other of [await authAs(s, 'yenlang.canbo'), await authAs(s, 'tienthang.ttht'), await authAs(s, 'dan.lan')]) {
			expect((await errorOf(s.learning.roster(other, klass.id))).code).toBe('not_found');
			expect((await errorOf(s.learning.candidates(other, klass.id, 'vuong'))).code).toBe('not_found');
		}
		expect((await errorOf(s.learning.roster(anonymous, klass.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.learning.roster(qm, 'khong-co'))).code).toBe('not_found');
		clock.set('2026-11-29T08:00:00.000Z');
	});

	it('gives figures over a period of Việt Nam days and by the learner’s village, and refuses a period that ends before it starts', async () => {
		const { s, qm } = await fourSessions('Bảo mật tài khoản');
		// the three places were taken at 08:00 UTC on 29 November: the 29th in Việt Nam
		const day = await s.learning.statistics(qm, { from: '2026-11-29', to: '2026-11-29' });
		const before = await s.learning.statistics(qm, { to: '2026-11-28' });
		const all = await s.learning.statistics(qm, {});
		expect(day.period).toEqual({ from: '2026-11-29', to: '2026-11-29' });
		expect(day.total.turns).toBeGreaterThanOrEqual(3);
		expect(before.total.turns + day.total.turns).toBe(all.total.turns);
		const village = (await s.places.getUnit(QM)).children[0]!.name;
		expect(day.byVillage.find((r) => r.key === `${village} — Xã Quang Minh`)?.turns).toBeGreaterThanOrEqual(3);
		const bad = await errorOf(s.learning.statistics(qm, { from: '2026-12-01', to: '2026-11-01' }));
		expect(bad.fields.to?.key).toBe('errors.stats.period');
		expect((await errorOf(s.learning.statistics(qm, { from: '2026-02-30' }))).fields.from).toBeDefined();
	});
});
