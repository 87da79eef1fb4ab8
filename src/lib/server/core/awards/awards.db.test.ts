import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { linkDemoAccount } from '../people/demo/residents';
import { demoId } from '../places/demo/load';

const ML = demoId('xa-me-linh');
const QM = demoId('xa-quang-minh');

const REGULATION = {
	title: 'Quy chế khen thưởng năm học 2026-2027',
	effectiveFrom: '2026-09-01',
	rules: [
		{ achievement: 'national_prize', level: 'first', amount: '2.000.000' },
		{ achievement: 'city_prize', level: 'first', amount: '1.000.000' },
		{ achievement: 'university_entrance', level: 'none', label: 'Thủ khoa đỗ đại học', amount: '1.500.000' }
	]
};

describeEachDatabase('awards: versioned regulations, awards paid through the book, the honour board', { demo: true, funds: true }, (get) => {
	/** A fund of the Mê Linh association with a balance, and its first regulation. */
	const fundWithRegulation = async (name: string, balance: number) => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await s.funds.create(hkh, { name, ownerKind: 'association_branch', unitId: ML });
		if (balance > 0) await s.funds.donate(hkh, f.id, { amount: balance, method: 'cash', donorKind: 'person', donorName: 'Ông Lê Văn Hảo', donorPublic: true, receivedOn: '2026-11-20' });
		const reg = await s.rewards.publish(hkh, f.id, REGULATION);
		return { hkh, fund: f, reg };
	};
	const proposal = (ruleId: string, personName: string, extra: Record<string, unknown> = {}) => ({ ruleId, personName, details: 'Lớp 9A, Trường THCS Mê Linh', evidence: 'Giấy chứng nhận giải của Sở Giáo dục và Đào tạo', schoolYear: '2026-2027', ...extra });

	it('loads the demo: example regulations, start-of-year awards paid from the funds, ten consented stories on the board', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const funds = (await s.funds.list(admin, {})).items;
		const clan = funds.find((f) => f.name === 'Quỹ khuyến học dòng họ Nguyễn thôn Đại Bái')!;
		const view = await s.rewards.regulationsOf(admin, clan.id);
		expect(view.versions[0]).toMatchObject({ version: 1, isExample: true });
		const awards = (await s.rewards.list(admin, { fund: clan.id })).items;
		expect(awards.filter((a) => a.status === 'paid').length).toBeGreaterThan(2);
		expect(awards.filter((a) => a.status === 'proposed')).toHaveLength(1);
		expect(clan.balance).toBeGreaterThan(0);
		expect((await s.funds.verify()).broken).toEqual([]);
		const board = await s.honours.board({});
		const demo = board.items.filter((e) => e.year <= 2026);
		expect(demo).toHaveLength(10);
		expect(demo.filter((e) => e.news).length).toBeGreaterThanOrEqual(4);
		expect(demo.map((e) => e.personName)).not.toContain('Ông Ngô Văn Lực');
		const qm2025 = (await s.honours.board({ unit: QM, year: 2025 })).items;
		expect(qm2025.map((e) => e.personName).sort()).toEqual(['Bà Nguyễn Thị Lành', 'Cô Phạm Thị Thanh Hương']);
		// a village is named with its commune
		expect(qm2025.find((e) => e.personName === 'Bà Nguyễn Thị Lành')?.unitName).toBe('Thôn Bạch Đa, Xã Quang Minh');
	});

	it('keeps the amount an award was proposed under when a later version changes it, and proposes only under the version in force', async () => {
		const s = get().services;
		const { hkh, fund, reg } = await fundWithRegulation('Quỹ khuyến học (phiên bản quy chế)', 10_000_000);
		expect(reg).toMatchObject({ version: 1, current: true, rules: [{ label: 'Giải Nhất cấp quốc gia', amount: 2_000_000 }, { label: 'Giải Nhất cấp thành phố' }, { label: 'Thủ khoa đỗ đại học' }] });
		const p = await s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em Nguyễn Thị Hoa'));
		expect(p).toMatchObject({ amount: 2_000_000, regulationVersion: 1, status: 'proposed', ruleLabel: 'Giải Nhất cấp quốc gia' });
		await s.rewards.decide(hkh, p.id, { decision: 'approve' });

		const v2 = await s.rewards.publish(hkh, fund.id, { ...REGULATION, title: 'Quy chế sửa đổi', rules: [{ achievement: 'national_prize', level: 'first', amount: 3_000_000 }] });
		expect(v2).toMatchObject({ version: 2, current: true });
		const all = await s.rewards.regulationsOf(hkh, fund.id);
		expect(all.versions.map((v) => [v.version, v.current, v.rules[0]!.amount])).toEqual([
			[2, true, 3_000_000],
			[1, false, 2_000_000]
		]);
		// the old version is kept as it was; a new award takes the rule in force
		expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em Trần Văn Nam')))).fields.ruleId?.key).toBe('errors.awards.rule_outdated');
		const paid = await s.rewards.pay(hkh, { ids: [p.id], paidOn: '2026-11-30' });
		expect(paid).toMatchObject({ total: 2_000_000, items: [{ status: 'paid', amount: 2_000_000, regulationVersion: 1 }] });
		const book = await s.funds.entries(hkh, fund.id, {});
		expect(book.items[0]).toMatchObject({ id: paid.items[0]!.paidEntryId, kind: 'disbursement', purpose: 'reward', amount: -2_000_000, partyName: 'Em Nguyễn Thị Hoa' });
		expect((await s.funds.get(hkh, fund.id)).balance).toBe(8_000_000);
	});

	it('pays a batch all or none: one award the balance cannot cover, or one not approved, pays nothing and leaves the book intact', async () => {
		const s = get().services;
		const { hkh, fund, reg } = await fundWithRegulation('Quỹ khuyến học (chi theo đợt)', 3_500_000);
		const ids: string[] = [];
		for (const [i, name] of ['Em Lê Thị An', 'Em Phạm Văn Bình', 'Em Đỗ Thị Cúc'].entries()) {
			const p = await s.rewards.propose(hkh, proposal(reg.rules[i === 2 ? 0 : 1]!.id, name));
			await s.rewards.decide(hkh, p.id, { decision: 'approve' });
			ids.push(p.id);
		}
		// 1,000,000 + 1,000,000 + 2,000,000 > 3,500,000
		expect((await errorOf(s.rewards.pay(hkh, { ids, paidOn: '2026-11-30' }))).key).toBe('errors.funds.insufficient');
		const waiting = await s.rewards.propose(hkh, proposal(reg.rules[1]!.id, 'Em Vũ Văn Dũng'));
		expect((await errorOf(s.rewards.pay(hkh, { ids: [ids[0]!, waiting.id], paidOn: '2026-11-30' }))).key).toBe('errors.awards.not_approved');
		const refused = await s.rewards.decide(hkh, waiting.id, { decision: 'reject', note: 'Chưa có giấy chứng nhận bản gốc' });
		expect(refused.status).toBe('rejected');
		expect((await errorOf(s.rewards.pay(hkh, { ids: [waiting.id], paidOn: '2026-11-30' }))).key).toBe('errors.awards.not_approved');
		expect((await errorOf(s.rewards.decide(hkh, waiting.id, { decision: 'approve' }))).key).toBe('errors.awards.decided');
		// nothing was written
		expect((await s.funds.get(hkh, fund.id)).entries).toBe(1);
		expect((await s.rewards.list(hkh, { fund: fund.id, status: 'paid' })).items).toEqual([]);
		expect((await s.funds.verify()).broken).toEqual([]);
		// what fits is paid, once
		const two = await s.rewards.pay(hkh, { ids: ids.slice(0, 2), paidOn: '2026-11-30' });
		expect(two.total).toBe(2_000_000);
		expect((await errorOf(s.rewards.pay(hkh, { ids: ids.slice(0, 1), paidOn: '2026-12-01' }))).key).toBe('errors.awards.already_paid');
		expect((await s.funds.get(hkh, fund.id)).balance).toBe(1_500_000);
		// the printed list: the two paid awards and the approved one, with the total
		const list = await s.rewards.awardList(hkh, fund.id, { schoolYear: '2026-2027' });
		expect(list.filename).toBe('danh-sach-khen-thuong-2026-2027.xlsx');
		expect(list.body.subarray(0, 2).toString()).toBe('PK');
		const pdf = await s.rewards.awardList(hkh, fund.id, { schoolYear: '2026-2027', format: 'pdf' });
		expect(pdf).toMatchObject({ filename: 'danh-sach-khen-thuong-2026-2027.pdf', type: 'application/pdf' });
		expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
		expect((await errorOf(s.rewards.awardList(hkh, fund.id, { format: 'docx' }))).fields.format?.key).toBe('errors.field.choice');
	});

	it('pays an award once when the same payout is sent ten times at once', async () => {
		const s = get().services;
		const { hkh, fund, reg } = await fundWithRegulation('Quỹ khuyến học (chi đồng thời)', 20_000_000);
		const ids: string[] = [];
		for (const name of ['Em Ngô Thị Giang', 'Em Bùi Văn Hải']) {
			const p = await s.rewards.propose(hkh, proposal(reg.rules[0]!.id, name));
			await s.rewards.decide(hkh, p.id, { decision: 'approve' });
			ids.push(p.id);
		}
		const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => s.rewards.pay(hkh, { ids: i % 2 ? ids : [...ids].reverse(), paidOn: '2026-11-30' })));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as { key?: string }).key)).toEqual(Array(9).fill('errors.awards.already_paid'));
		const f = await s.funds.get(hkh, fund.id);
		expect(f).toMatchObject({ balance: 16_000_000, entries: 3 });
		expect((await s.funds.verify()).broken).toEqual([]);
		// two versions published at once: both kept, numbered apart
		const both = await Promise.allSettled([s.rewards.publish(hkh, fund.id, REGULATION), s.rewards.publish(hkh, fund.id, REGULATION)]);
		const versions = (await s.rewards.regulationsOf(hkh, fund.id)).versions.map((v) => v.version);
		expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => versions.length - i));
		expect(versions.length - 1).toBe(both.filter((r) => r.status === 'fulfilled').length);
	});

	it('keeps to scope: another commune’s fund is not found; a commune officer proposes but does not approve or pay', async () => {
		const s = get().services;
		const { hkh, fund, reg } = await fundWithRegulation('Quỹ khuyến học (phạm vi)', 5_000_000);
		const qm = await authAs(s, 'quangminh.canbo');
		expect((await errorOf(s.rewards.regulationsOf(qm, fund.id))).code).toBe('not_found');
		expect((await errorOf(s.rewards.propose(qm, proposal(reg.rules[0]!.id, 'Em Hoàng Văn Khoa')))).code).toBe('not_found');
		expect((await errorOf(s.rewards.publish(qm, fund.id, REGULATION))).code).toBe('not_found');
		const p = await s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em Hoàng Văn Khoa'));
		expect((await errorOf(s.rewards.decide(qm, p.id, { decision: 'approve' }))).code).toBe('not_found');
		expect((await errorOf(s.rewards.pay(qm, { ids: [p.id], paidOn: '2026-11-30' }))).code).toBe('not_found');
		expect((await s.rewards.list(qm, {})).items.find((x) => x.id === p.id)).toBeUndefined();
		expect((await errorOf(s.rewards.regulationsOf(anonymous, fund.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.rewards.propose(anonymous, proposal(reg.rules[0]!.id, 'Em A')))).code).toBe('unauthenticated');
		// Quang Minh's commune officer may read his commune's fund and propose, not approve
		const admin = await authAs(s, 'admin');
		const qmFund = await s.funds.create(admin, { name: 'Quỹ khuyến học xã Quang Minh (phạm vi)', ownerKind: 'association_branch', unitId: QM });
		const qmReg = await s.rewards.publish(admin, qmFund.id, REGULATION);
		const view = await s.rewards.regulationsOf(qm, qmFund.id);
		expect(view.can).toEqual({ publish: false, propose: true, decide: false, pay: false });
		const mine = await s.rewards.propose(qm, proposal(qmReg.rules[1]!.id, 'Em Đặng Thị Lụa'));
		expect((await errorOf(s.rewards.decide(qm, mine.id, { decision: 'approve' }))).code).toBe('not_found');
		expect((await errorOf(s.rewards.publish(qm, qmFund.id, REGULATION))).code).toBe('not_found');
	});

	it('refuses bad input with a message per field and writes nothing', async () => {
		const s = get().services;
		const { hkh, fund, reg } = await fundWithRegulation('Quỹ khuyến học (dữ liệu sai)', 1_000_000);
		expect((await errorOf(s.rewards.publish(hkh, fund.id, { ...REGULATION, rules: [] }))).fields.rules?.key).toBe('errors.awards.no_rules');
		expect((await errorOf(s.rewards.publish(hkh, fund.id, { ...REGULATION, rules: [{ achievement: 'city_prize', level: 'first', amount: '1,5 triệu' }] }))).fields['rules.0.amount']?.key).toBe('errors.funds.amount');
		expect((await errorOf(s.rewards.publish(hkh, fund.id, { ...REGULATION, rules: [{ achievement: 'city_prize', level: 'first', amount: 1 }, { achievement: 'city_prize', level: 'first', amount: 2 }] }))).fields['rules.1.achievement']?.key).toBe('errors.awards.rule_twice');
		expect((await errorOf(s.rewards.publish(hkh, fund.id, { ...REGULATION, rules: [{ achievement: 'olympic', amount: 1 }] }))).fields['rules.0.achievement']?.key).toBe('errors.field.choice');
		expect((await errorOf(s.rewards.publish(hkh, fund.id, { ...REGULATION, effectiveFrom: '31/02/2026' }))).fields.effectiveFrom?.key).toBe('errors.field.date');
		expect((await s.rewards.regulationsOf(hkh, fund.id)).versions).toHaveLength(1);
		for (const bad of ['2026', '2026-2028', 'năm nay']) expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em B', { schoolYear: bad })))).fields.schoolYear?.key, bad).toBe('errors.awards.school_year');
		expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, '   ')))).fields.personName?.key).toBe('errors.field.required');
		expect((await errorOf(s.rewards.propose(hkh, proposal(demoId('xa-me-linh'), 'Em C')))).fields.ruleId?.key).toBe('errors.awards.rule');
		expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em D', { residentId: demoId('xa-me-linh') })))).fields.residentId?.key).toBe('errors.awards.resident');
		// an evidence file that is not a PDF or a picture, or too large: refused, nothing kept
		const fake = { name: 'giay-khen.pdf', bytes: new TextEncoder().encode('<html>không phải PDF</html>') };
		expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em F'), fake))).fields.file?.key).toBe('errors.awards.file_type');
		const big = { name: 'scan.pdf', bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x25, 0, 1) };
		expect((await errorOf(s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em F'), big))).fields.file?.key).toBe('errors.awards.file_size');
		expect((await s.rewards.list(hkh, { fund: fund.id })).items).toEqual([]);
		// a scan kept with the proposal, read back by those who may read the fund only
		const scan = new TextEncoder().encode('%PDF-1.4 giấy chứng nhận');
		const withFile = await s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em G'), { name: 'Giấy chứng nhận/../giải nhất.pdf', bytes: scan });
		expect(withFile.evidenceFile).toBe('Giấy chứng nhận_.._giải nhất.pdf');
		const back = await s.rewards.evidenceFile(hkh, withFile.id);
		expect(back).toMatchObject({ type: 'application/pdf', name: 'Giấy chứng nhận_.._giải nhất.pdf' });
		expect(Buffer.from(back.bytes).equals(Buffer.from(scan))).toBe(true);
		expect((await errorOf(s.rewards.evidenceFile(await authAs(s, 'quangminh.canbo'), withFile.id))).code).toBe('not_found');
		expect((await errorOf(s.rewards.evidenceFile(anonymous, withFile.id))).code).toBe('unauthenticated');
		await s.rewards.decide(hkh, withFile.id, { decision: 'reject', note: 'Thử tệp minh chứng' });
		const p = await s.rewards.propose(hkh, proposal(reg.rules[0]!.id, 'Em E'));
		expect((await errorOf(s.rewards.evidenceFile(hkh, p.id))).code).toBe('not_found');
		expect((await errorOf(s.rewards.decide(hkh, p.id, { decision: 'reject' }))).fields.note?.key).toBe('errors.awards.reason');
		expect((await errorOf(s.rewards.pay(hkh, { ids: [], paidOn: '2026-11-30' }))).fields.ids?.key).toBe('errors.awards.none_chosen');
		expect((await errorOf(s.rewards.pay(hkh, { ids: [p.id, p.id], paidOn: '2026-11-30' }))).fields.ids?.key).toBe('errors.awards.twice_in_batch');
		expect((await errorOf(s.rewards.decide(hkh, 'not-an-id', { decision: 'approve' }))).code).toBe('not_found');
		expect((await s.rewards.list(hkh, { fund: fund.id })).items.map((x) => x.status).sort()).toEqual(['proposed', 'rejected']);
	});

	const nomination = (extra: Record<string, unknown> = {}) => ({
		unitId: ML,
		year: 2031,
		title: 'Người tốt, việc tốt',
		personName: 'Bà Nguyễn Thị Thu',
		story: 'Mười năm nay bà mở tủ sách tại nhà cho các cháu trong thôn đọc miễn phí mỗi tối.',
		evidence: 'Xác nhận của Ban công tác Mặt trận thôn',
		...extra
	});

	it('never shows a nominee on the honour board without consent, and removes them at once when consent is withdrawn', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const onBoard = async () => (await s.honours.board({ unit: ML, year: 2031 })).items.map((e) => e.personName);
		const n = await s.honours.nominate(hkh, nomination());
		const minor = await s.honours.nominate(hkh, nomination({ personName: 'Em Lê Văn Tú', isMinor: 'yes', title: 'Gương điển hình học tập' }));
		const notApproved = await s.honours.nominate(hkh, nomination({ personName: 'Ông Trần Văn Sáu' }));
		expect(n).toMatchObject({ status: 'proposed', consent: 'none', public: false });
		// approved but without consent: not shown
		await s.honours.review(hkh, n.id, { decision: 'approve' });
		await s.honours.review(hkh, minor.id, { decision: 'approve' });
		expect(await onBoard()).toEqual([]);
		// consented but not approved: not shown
		await s.honours.recordConsent(hkh, notApproved.id, { method: 'paper' });
		expect(await onBoard()).toEqual([]);
		// a minor's consent names the parent or guardian
		expect((await errorOf(s.honours.recordConsent(hkh, minor.id, { method: 'in_person' }))).fields.guardianName?.key).toBe('errors.awards.guardian');
		expect((await s.honours.get(hkh, minor.id)).consent).toBe('none');
		await s.honours.recordConsent(hkh, minor.id, { method: 'in_person', guardianName: 'Bà Lê Thị Hằng (mẹ)' });
		await s.honours.recordConsent(hkh, n.id, { method: 'paper' });
		expect(await onBoard()).toEqual(['Bà Nguyễn Thị Thu', 'Em Lê Văn Tú']);
		const board = await s.honours.board({ unit: ML, year: 2031 });
		expect(board.items[0]).not.toHaveProperty('evidence');
		expect(board.years).toContain(2031);
		// withdrawn: gone from the board at once, and audited
		const w = await s.honours.withdrawConsent(hkh, n.id, { reason: 'Bà không muốn công khai' });
		expect(w).toMatchObject({ consent: 'withdrawn', public: false });
		expect(await onBoard()).toEqual(['Em Lê Văn Tú']);
		expect((await errorOf(s.honours.withdrawConsent(hkh, n.id, {}))).key).toBe('errors.awards.no_consent');
		const audit = await s.audit.list(await authAs(s, 'admin'), { entityId: n.id });
		expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['honour.nominate', 'honour.approve', 'honour.consent', 'honour.consent_withdraw']));
		// the commune-wide board (no year) and another commune's
		expect((await s.honours.board({ unit: QM, year: 2031 })).items).toEqual([]);
		expect((await errorOf(s.honours.board({ unit: demoId('nowhere') }))).code).toBe('not_found');
		expect((await errorOf(s.honours.board({ year: 'hai nghìn' }))).fields.year?.key).toBe('errors.awards.year');
	});

	it('lets the person named give and withdraw their own consent from their account; nobody else', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const village = (await s.places.getUnit(ML)).children.find((c) => c.level === 'village')!;
		const r = await s.people.create(admin, { fullName: 'Nguyễn Thị Lan', birthDate: '1986-05-12', gender: 'female', villageId: village.id });
		const lan = await authAs(s, 'dan.lan');
		await linkDemoAccount(s.db.kysely, r.id, lan.actor!.accountId);
		const n = await s.honours.nominate(hkh, nomination({ personName: 'Chị Nguyễn Thị Lan', residentId: r.id, year: 2032 }));
		await s.honours.review(hkh, n.id, { decision: 'approve' });
		expect((await s.honours.mine(lan)).map((x) => x.id)).toEqual([n.id]);
		const hung = await authAs(s, 'dan.hung');
		expect(await s.honours.mine(hung)).toEqual([]);
		expect((await errorOf(s.honours.giveOwnConsent(hung, n.id))).code).toBe('not_found');
		expect(await s.honours.giveOwnConsent(lan, n.id)).toMatchObject({ consent: 'given', consentMethod: 'own_account', public: true });
		expect((await s.honours.board({ year: 2032 })).items.map((e) => e.id)).toEqual([n.id]);
		expect((await errorOf(s.honours.withdrawConsent(hung, n.id, {}))).code).toBe('not_found');
		await s.honours.withdrawConsent(lan, n.id, {});
		expect((await s.honours.board({ year: 2032 })).items).toEqual([]);
	});

	it('lets a school’s administrator nominate in the school’s name and propose awards from the school’s fund, nowhere else', async () => {
		const s = get().services;
		const school = demoId('thcs-quang-minh');
		const login = `bgh.thcs.${get().dialect}`;
		await s.accounts.createAccountDirect({ login, displayName: 'Hiệu trưởng THCS Quang Minh', password: 'hoctap2026', grants: [{ role: 'school_admin', scope: { kind: 'organization', orgId: school } }] });
		const head = await authAs(s, login);
		const n = await s.honours.nominate(head, nomination({ unitId: '', orgId: school, year: 2034, personName: 'Thầy Vũ Văn Nghĩa' }));
		expect(n).toMatchObject({ orgId: school, unitName: 'Xã Quang Minh' });
		expect((await s.honours.list(head, { year: 2034 })).items.map((x) => x.id)).toEqual([n.id]);
		// reviewing is the association's and the commune's
		expect((await errorOf(s.honours.review(head, n.id, { decision: 'approve' }))).code).toBe('not_found');
		expect((await errorOf(s.honours.nominate(head, nomination({ year: 2034 })))).code).toBe('not_found');
		expect((await errorOf(s.honours.nominate(head, nomination({ unitId: '', orgId: '' })))).fields.unitId?.key).toBe('errors.awards.unit');
		const admin = await authAs(s, 'admin');
		const fund = (await s.funds.list(admin, {})).items.find((f) => f.name === 'Quỹ khuyến học Trường THCS Quang Minh')!;
		const reg = await s.rewards.publish(head, fund.id, REGULATION);
		const p = await s.rewards.propose(head, proposal(reg.rules[1]!.id, 'Em Trịnh Thị Yến'));
		expect(p.status).toBe('proposed');
		const qmFund = (await s.funds.list(admin, {})).items.find((f) => f.name === 'Quỹ Khuyến học xã Quang Minh')!;
		expect((await errorOf(s.rewards.regulationsOf(head, qmFund.id))).code).toBe('not_found');
	});

	it('keeps nominations to scope and refuses bad input, writing nothing', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const qm = await authAs(s, 'quangminh.canbo');
		const n = await s.honours.nominate(hkh, nomination({ year: 2033 }));
		expect((await errorOf(s.honours.get(qm, n.id))).code).toBe('not_found');
		expect((await errorOf(s.honours.review(qm, n.id, { decision: 'approve' }))).code).toBe('not_found');
		expect((await errorOf(s.honours.recordConsent(qm, n.id, { method: 'paper' }))).code).toBe('not_found');
		expect((await errorOf(s.honours.withdrawConsent(qm, n.id, {}))).code).toBe('not_found');
		expect((await errorOf(s.honours.nominate(qm, nomination()))).code).toBe('not_found');
		expect((await s.honours.list(qm, { year: 2033 })).items).toEqual([]);
		expect((await errorOf(s.honours.list(anonymous, {}))).code).toBe('unauthenticated');
		expect((await errorOf(s.honours.list(await authAs(s, 'dan.lan'), {}))).code).toBe('forbidden');
		expect((await errorOf(s.honours.nominate(hkh, nomination({ story: 'Ngắn quá' })))).fields.story?.key).toBe('errors.field.too_short');
		expect((await errorOf(s.honours.nominate(hkh, nomination({ year: 1800 })))).fields.year?.key).toBe('errors.awards.year');
		expect((await errorOf(s.honours.nominate(hkh, nomination({ unitId: demoId('hn') })))).fields.unitId?.key).toBe('errors.awards.unit');
		expect((await errorOf(s.honours.nominate(hkh, nomination({ newsId: demoId('xa-me-linh') })))).fields.newsId?.key).toBe('errors.awards.news');
		expect((await errorOf(s.honours.review(hkh, n.id, { decision: 'maybe' }))).fields.decision?.key).toBe('errors.field.choice');
		expect((await errorOf(s.honours.recordConsent(hkh, n.id, { method: 'own_account' }))).fields.method?.key).toBe('errors.field.choice');
		expect((await s.honours.list(hkh, { year: 2033 })).items.map((x) => [x.id, x.status, x.consent])).toEqual([[n.id, 'proposed', 'none']]);
		await s.honours.review(hkh, n.id, { decision: 'reject', note: 'Chưa đủ minh chứng' });
		expect((await errorOf(s.honours.recordConsent(hkh, n.id, { method: 'paper' }))).key).toBe('errors.awards.rejected');
	});
});
