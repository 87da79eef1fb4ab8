import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const HN = demoId('hn');
const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const THCS_QM = demoId('thcs-quang-minh');

describeEachDatabase('campaigns: the city’s plan, each commune’s, directives to their holders, reports and reminders', { demo: 'no-news', smtp: true }, (get) => {
	const week = { year: 2026, kind: 'learning_week', title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026', theme: 'Học tập suốt đời trong kỷ nguyên số', startsOn: '2026-10-01', endsOn: '2026-10-07', plan: 'Kế hoạch tổ chức Tuần lễ.', reportDueOn: '2026-10-15' };

	it('gives a commune’s campaign the city’s directives, one assignment per holder; an organisation files only its own, and another commune’s reads as not found', async () => {
		const s = get().services;
		const city = await authAs(s, 'giaoduc.hanoi');
		const qm = await authAs(s, 'quangminh.canbo');
		const yl = await authAs(s, 'yenlang.canbo');
		const school = await authAs(s, 'thcs.quangminh');
		const plan = await s.campaigns.create(city, { ...week, unitId: HN });
		expect(plan).toMatchObject({ level: 'city', unitName: 'Thành phố Hà Nội' });
		await s.campaigns.addDirective(city, plan.id, { title: 'Tổ chức cho học sinh tìm hiểu phương pháp tự học an toàn trên mạng', actorKinds: ['schools'], dueOn: '2026-10-07', figures: [{ key: 'pupils', label: 'Số học sinh tham gia' }, { key: 'sessions', label: 'Số buổi sinh hoạt' }] });
		const qmWeek = await s.campaigns.create(qm, { ...week, title: 'Tuần lễ học tập suốt đời xã Quang Minh 2026', unitId: QM, parentCampaignId: plan.id });
		const ylWeek = await s.campaigns.create(yl, { ...week, title: 'Tuần lễ học tập suốt đời xã Yên Lãng 2026', unitId: YL, parentCampaignId: plan.id });
		// a directive the commune adds itself, and one the city adds later: both reach the commune
		await s.campaigns.addDirective(qm, qmWeek.id, { title: 'Tuyên truyền tới các thôn qua loa truyền thanh', actorKinds: ['villages', 'front_mass_orgs'], dueOn: '2026-10-03', figures: [{ key: 'broadcasts', label: 'Số lần phát thanh' }] });
		await s.campaigns.addDirective(city, plan.id, { title: 'Vận động đóng góp cho tủ sách cộng đồng', actorKinds: ['learning_centres', 'association'], dueOn: '2026-10-07', figures: [{ key: 'books', label: 'Số sách nhận được' }] });
		const got = await s.campaigns.get(qm, qmWeek.id);
		expect(got.directives.map((d) => [d.inherited, d.title.slice(0, 20)])).toEqual([
			[true, 'Tổ chức cho học sinh'],
			[true, 'Vận động đóng góp ch'],
			[false, 'Tuyên truyền tới các']
		]);
		const status = await s.campaigns.status(qm, qmWeek.id);
		// four schools, the commune twice (villages, Front), the centre and the association branch
		expect(status.items).toHaveLength(8);
		expect(status.notReported).toBe(8);

		const mine = await s.campaigns.assignments(school);
		expect(mine.items).toHaveLength(1);
		expect(mine.items[0]).toMatchObject({ orgId: THCS_QM, campaignId: qmWeek.id, status: 'todo' });
		const filed = await s.campaigns.report(school, mine.items[0]!.id, { status: 'done', figures: { pupils: '1.250', sessions: 6 }, report: 'Đã tổ chức 6 buổi sinh hoạt dưới cờ về tự học an toàn trên mạng.' });
		expect(filed).toMatchObject({ status: 'done', figures: { pupils: 1250, sessions: 6 } });
		expect((await s.campaigns.status(qm, qmWeek.id)).reported).toBe(1);

		// the school cannot file for another commune's directive, nor for another holder in its own commune
		const ylItems = (await s.campaigns.status(yl, ylWeek.id)).items;
		const ylSchool = ylItems.find((a) => a.orgId !== null)!;
		expect((await errorOf(s.campaigns.report(school, ylSchool.id, { status: 'done', figures: { pupils: 1 } }))).code).toBe('not_found');
		const otherQm = status.items.find((a) => a.orgId && a.orgId !== THCS_QM)!;
		expect((await errorOf(s.campaigns.report(school, otherQm.id, { status: 'done' }))).code).toBe('not_found');
		// a commune officer reaches neither the other commune's status nor its assignments
		expect((await errorOf(s.campaigns.status(qm, ylWeek.id))).code).toBe('not_found');
		expect((await errorOf(s.campaigns.report(qm, ylSchool.id, { status: 'done' }))).code).toBe('not_found');
		expect((await errorOf(s.campaigns.get(qm, ylWeek.id))).code).toBe('not_found');
		expect((await s.campaigns.status(yl, ylWeek.id)).reported).toBe(0);
	});

	it('reminds the holders that have not reported, by email', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.campaigns.create(qm, { ...week, kind: 'reading_day', title: 'Ngày Sách và Văn hóa đọc xã Quang Minh 2026', unitId: QM });
		await s.campaigns.addDirective(qm, c.id, { title: 'Trưng bày sách tại trung tâm', actorKinds: ['learning_centres'], dueOn: '2026-04-21', figures: [] });
		const centre = (await s.campaigns.status(qm, c.id)).items[0]!;
		expect(centre.overdue).toBe(true);
		// the centre has an address in the directory
		await s.db.kysely.updateTable('organizations').set({ email: 'ttht.quangminh.nhac@example.vn' }).where('id', '=', centre.orgId!).execute();
		expect(await s.campaigns.remind(qm, c.id)).toEqual({ reminded: 1, withoutEmail: 0 });
		const mail = await get().smtp!.next('ttht.quangminh.nhac@example.vn');
		expect(mail.subject).toContain('Nhắc báo cáo');
		expect(mail.text).toContain('Trưng bày sách tại trung tâm');
		expect((await s.campaigns.status(qm, c.id)).items[0]!.remindedAt).not.toBeNull();
	});

	it('asks for a session, and refuses bad input with a message, writing nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		for (const p of [s.campaigns.create(anonymous, {}), s.campaigns.list(anonymous, {}), s.campaigns.assignments(anonymous), s.campaigns.report(anonymous, demoId('x'), {})]) expect((await errorOf(p)).code).toBe('unauthenticated');
		expect((await errorOf(s.campaigns.create(qm, { ...week, unitId: YL }))).fields.unitId?.key).toBe('errors.campaigns.unit');
		expect((await errorOf(s.campaigns.create(qm, { ...week, unitId: QM, endsOn: '2026-09-30' }))).fields.endsOn?.key).toBe('errors.campaigns.ends_before');
		expect((await errorOf(s.campaigns.create(qm, { ...week, unitId: QM, year: 'năm nay' }))).fields.year?.key).toBe('errors.campaigns.year');
		const c = await s.campaigns.create(qm, { ...week, title: 'Tháng chuyển đổi số xã Quang Minh', kind: 'digital_month', unitId: QM });
		expect((await errorOf(s.campaigns.addDirective(qm, c.id, { title: 'Không ai làm', actorKinds: [], dueOn: '2026-10-01' }))).fields.actorKinds).toBeDefined();
		await s.campaigns.addDirective(qm, c.id, { title: 'Hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến', actorKinds: ['association'], dueOn: '2026-10-05', figures: [{ key: 'people', label: 'Số người được hướng dẫn' }] });
		const hkh = await authAs(s, 'quangminh.khuyenhoc');
		const a = (await s.campaigns.assignments(hkh, { campaign: c.id })).items[0]!;
		expect((await errorOf(s.campaigns.report(hkh, a.id, { status: 'done', figures: { people: -3 } }))).fields['figures.people']).toBeDefined();
		expect((await errorOf(s.campaigns.report(hkh, a.id, { status: 'done', figures: { khac: 3 } }))).fields['figures.khac']?.key).toBe('errors.campaigns.figure_unknown');
		expect((await errorOf(s.campaigns.report(hkh, a.id, { status: 'xong' }))).fields.status).toBeDefined();
		expect((await s.campaigns.assignments(hkh, { campaign: c.id })).items[0]).toMatchObject({ status: 'todo', reportedAt: null, figures: {} });
	});
});
