import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { authAs, errorOf } from '../../testing/actors';
import { ctx, newAccount, signIn, STRONG } from '../../testing/accounts';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const HN = demoId('hn');
const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

describeEachDatabase('the Week’s report upward: counted from what the platform holds, totals equal to their rows', { demo: 'no-news', clockStart: '2026-09-30T01:00:00.000Z' }, (get) => {
	it('counts each commune’s events, participants, contest entries, donations and filed figures during the Week, and sums them for the city', async () => {
		const s = get().services;
		const city = await authAs(s, 'giaoduc.hanoi');
		const qm = await authAs(s, 'quangminh.canbo');
		const yl = await authAs(s, 'yenlang.canbo');
		const week = { year: 2026, kind: 'learning_week', startsOn: '2026-10-01', endsOn: '2026-10-07', reportDueOn: '2026-10-15' };
		const plan = await s.campaigns.create(city, { ...week, title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026', unitId: HN });
		await s.campaigns.addDirective(city, plan.id, { title: 'Tổ chức tiết học về tự học an toàn trên mạng', actorKinds: ['schools'], dueOn: '2026-10-07', figures: [{ key: 'pupils', label: 'Số học sinh tham gia' }] });
		const qmWeek = await s.campaigns.create(qm, { ...week, title: 'Tuần lễ xã Quang Minh 2026', unitId: QM, parentCampaignId: plan.id });
		const ylWeek = await s.campaigns.create(yl, { ...week, title: 'Tuần lễ xã Yên Lãng 2026', unitId: YL, parentCampaignId: plan.id });
		const person = async () => {
			const a = await newAccount(s);
			return ctx((await signIn(s, a.login, STRONG)).actor);
		};
		const event = (who: typeof qm, unitId: string, startsAt: string, capacity = 50) => s.events.create(who, { title: `Sự kiện ${startsAt}`, kind: 'talk', venue: 'Nhà văn hóa', startsAt, endsAt: startsAt.replace('T08', 'T11'), capacity, unitId });

		// in Quang Minh during the Week: two places, one waiting, one walk-in; two check-ins
		const opening = await event(qm, QM, '2026-10-02T08:00', 3);
		const t1 = await s.events.register(await person(), opening.id, {});
		await s.events.register(await person(), opening.id, {});
		await s.events.walkIn(qm, { eventId: opening.id, name: 'Ông Lê Văn Sáu' });
		expect((await s.events.register(await person(), opening.id, {})).status).toBe('waiting');
		await s.events.checkIn(qm, { code: t1.code });
		// after the Week, in Quang Minh: not counted
		const later = await event(qm, QM, '2026-10-20T08:00');
		await s.events.register(await person(), later.id, {});
		// in Yên Lãng during the Week
		const yle = await event(yl, YL, '2026-10-03T08:00');
		await s.events.register(await person(), yle.id, {});

		// a contest of Quang Minh: two entries during the Week
		get().clock.set('2026-10-04T02:00:00.000Z');
		const contest = await s.contests.create(qm, { title: 'Tìm hiểu học tập suốt đời', unitId: QM, opensAt: '2026-10-01T08:00', closesAt: '2026-10-07T20:00', questionCount: 1, timeLimitSeconds: 300, questions: [{ prompt: 'Tuần lễ diễn ra vào tháng mấy?', choices: ['Tháng 10', 'Tháng 11'], answer: 0 }] });
		for (let i = 0; i < 2; i++) {
			const p = await person();
			const a = await s.contests.start(p, contest.id);
			await s.contests.submit(p, a.id, { answers: [0] });
		}
		// donations to Quang Minh's association fund: one during the Week, one after
		const hkh = await authAs(s, 'quangminh.khuyenhoc');
		const fund = await s.funds.create(hkh, { name: 'Quỹ khuyến học xã Quang Minh (Tuần lễ)', ownerKind: 'association_branch', unitId: QM });
		const gift = { method: 'cash', donorKind: 'person', donorName: 'Bà Trần Thị Hoa', donorPublic: false };
		await s.funds.donate(hkh, fund.id, { ...gift, amount: 2_000_000, receivedOn: '2026-10-03' });
		await s.funds.donate(hkh, fund.id, { ...gift, amount: 500_000, receivedOn: '2026-09-20' });
		// a school files its figure
		const school = await authAs(s, 'thcs.quangminh');
		const mine = (await s.campaigns.assignments(school, { campaign: qmWeek.id })).items[0]!;
		await s.campaigns.report(school, mine.id, { status: 'done', figures: { pupils: 420 } });
		await s.campaigns.submitReport(qm, qmWeek.id);

		const r = await s.campaigns.weekReport(city, plan.id);
		expect(r.rows.map((x) => x.unitName)).toEqual(['Xã Quang Minh', 'Xã Yên Lãng']);
		const [rq, ry] = r.rows as [(typeof r.rows)[0], (typeof r.rows)[0]];
		expect(rq).toMatchObject({ events: 1, registrations: 4, participants: 2, contestEntries: 2, donations: 1, donated: 2_000_000, figures: { pupils: 420 }, reported: 1 });
		expect(rq.reportSubmittedAt).not.toBeNull();
		expect(ry).toMatchObject({ events: 1, registrations: 1, participants: 0, contestEntries: 0, donations: 0, donated: 0, reported: 0, reportSubmittedAt: null, reportDueOn: '2026-10-15' });
		// every total is the sum of its rows
		for (const key of ['events', 'registrations', 'participants', 'enrolments', 'learners', 'contestEntries', 'donations', 'donated', 'assignments', 'reported'] as const) expect(r.total[key], key).toBe(rq[key] + ry[key]);
		expect(r.total.figures).toEqual({ pupils: 420 });
		// and each count is the rows it counts: check-ins of the Week's events in the two communes
		const checkIns = await sql<{ n: number }>`select count(*) as n from event_check_ins c join events e on e.id = c.event_id where e.id in (${opening.id}, ${yle.id})`.execute(s.db.kysely);
		expect(r.total.participants).toBe(Number(checkIns.rows[0]!.n));
		// the commune's own report is its row alone
		expect((await s.campaigns.weekReport(qm, qmWeek.id)).rows).toEqual([rq]);
		expect((await errorOf(s.campaigns.weekReport(qm, ylWeek.id))).code).toBe('not_found');
		expect((await errorOf(s.campaigns.weekReport(qm, plan.id))).code).toBe('not_found');

		// the spreadsheet carries the same numbers, the total row last
		const file = await s.campaigns.weekReportFile(city, plan.id, 'xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(file.body as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		const rowsOut: unknown[][] = [];
		ws.eachRow((row) => rowsOut.push((row.values as unknown[]).slice(1)));
		const totalRow = rowsOut.find((x) => x[0] === 'Tổng cộng')!;
		expect(totalRow.slice(1, 9)).toEqual([2, 5, 2, r.total.enrolments, r.total.learners, 2, 1, 2_000_000]);
		const pdf = await s.campaigns.weekReportFile(city, plan.id, 'pdf');
		expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
