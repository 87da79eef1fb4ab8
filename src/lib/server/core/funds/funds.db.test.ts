import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const ML = demoId('xa-me-linh');

describeEachDatabase('funds: an append-only book that never goes below zero', { demo: 'no-news' }, (get) => {
	const hkhFund = async (name: string, unitId = ML) => {
		const s = get().services;
		return s.funds.create(await authAs(s, 'melinh.khuyenhoc'), { name, ownerKind: 'association_branch', unitId, description: 'Quỹ khuyến học của Hội' });
	};
	const donation = (amount: unknown, extra: Record<string, unknown> = {}) => ({ amount, method: 'cash', donorKind: 'person', donorName: 'Ông Nguyễn Văn Hảo', donorPublic: true, receivedOn: '2026-11-20', ...extra });

	it('pays exactly the disbursements that fit when fifty are made at once, and never goes below zero', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await hkhFund('Quỹ khuyến học xã Mê Linh (đồng thời)');
		await s.funds.donate(hkh, f.id, donation('10.000.000'));
		// fifty scholarships of 1,500,000 đồng at once against 10,000,000: six fit
		const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => s.funds.disburse(hkh, f.id, { amount: 1_500_000, purpose: 'scholarship', payeeName: `Học sinh số ${i + 1}`, paidOn: '2026-11-25' })));
		const paid = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(paid).toHaveLength(6);
		expect(refused.map((r) => (r.reason as { key?: string }).key)).toEqual(Array(44).fill('errors.funds.insufficient'));
		const after = await s.funds.get(hkh, f.id);
		expect(after).toMatchObject({ balance: 1_000_000, entries: 7 });
		const book = await s.funds.entries(hkh, f.id, {});
		expect(book.items.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3, 2, 1]);
		expect(book.items.reduce((n, e) => n + e.amount, 0)).toBe(1_000_000);
		expect((await s.funds.verify()).broken).toEqual([]);
	});

	it('refuses bad amounts, a correction of a correction, a second correction and one that would overdraw, with a message and nothing written', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await hkhFund('Quỹ khuyến học (kiểm tra dữ liệu)');
		for (const bad of [-5000, 0, 1500.5, '1.500,5', '1.5', 'một triệu', '', 2_000_000_000_000]) expect((await errorOf(s.funds.donate(hkh, f.id, donation(bad)))).fields.amount?.key, String(bad)).toBe('errors.funds.amount');
		expect((await errorOf(s.funds.donate(hkh, f.id, donation('500000', { method: 'in_kind' })))).fields.item?.key).toBe('errors.funds.item');
		expect((await errorOf(s.funds.donate(hkh, f.id, donation('500000', { donorName: '' })))).fields.donorName).toBeDefined();
		expect((await s.funds.get(hkh, f.id)).entries).toBe(0);

		const gift = await s.funds.donate(hkh, f.id, donation('2 000 000'));
		expect(gift).toMatchObject({ amount: 2_000_000, seq: 1, partyName: 'Ông Nguyễn Văn Hảo', partyPublic: true });
		const books = await s.funds.donate(hkh, f.id, donation(800_000, { method: 'in_kind', item: '40 bộ sách giáo khoa lớp 6, quy ra 800.000 đồng', donorKind: 'anonymous', donorName: 'không ghi' }));
		expect(books).toMatchObject({ partyName: null, partyPublic: false, method: 'in_kind' });
		const paid = await s.funds.disburse(hkh, f.id, { amount: '2.500.000', purpose: 'reward', payeeName: 'Em Lê Thị Giỏi', paidOn: '2026-11-26' });
		// reversing the first gift would leave -1,700,000: refused
		expect((await errorOf(s.funds.reverse(hkh, gift.id, { reason: 'Ghi nhầm số tiền' }))).key).toBe('errors.funds.insufficient');
		const fix = await s.funds.reverse(hkh, paid.id, { reason: 'Chi nhầm người nhận' });
		expect(fix).toMatchObject({ kind: 'reversal', amount: 2_500_000, reversesEntryId: paid.id });
		expect((await errorOf(s.funds.reverse(hkh, fix.id, { reason: 'Điều chỉnh lại' }))).key).toBe('errors.funds.reversal_of_reversal');
		expect((await errorOf(s.funds.reverse(hkh, paid.id, { reason: 'Lần nữa' }))).key).toBe('errors.funds.already_reversed');
		// two corrections of one entry at once: one goes through
		const again = await s.funds.disburse(hkh, f.id, { amount: 100_000, purpose: 'expense', payeeName: 'Văn phòng phẩm', paidOn: '2026-11-27' });
		const both = await Promise.allSettled([s.funds.reverse(hkh, again.id, { reason: 'Trùng' }), s.funds.reverse(hkh, again.id, { reason: 'Trùng' })]);
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((await s.funds.get(hkh, f.id)).balance).toBe(2_800_000);
		const entries = await s.funds.entries(hkh, f.id, {});
		expect(entries.items.find((e) => e.id === paid.id)!.reversedBy).toBe(fix.id);
	});

	it('keeps every fund to its scope: out of scope is not found, a commune officer reads it but cannot write in it', async () => {
		const s = get().services;
		const qmFund = await s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ khuyến học xã Quang Minh', ownerKind: 'association_branch', unitId: QM });
		const hkhMeLinh = await authAs(s, 'melinh.khuyenhoc');
		expect((await errorOf(s.funds.get(hkhMeLinh, qmFund.id))).code).toBe('not_found');
		expect((await errorOf(s.funds.donate(hkhMeLinh, qmFund.id, donation(100_000)))).code).toBe('not_found');
		expect((await s.funds.list(hkhMeLinh, {})).items.map((f) => f.id)).not.toContain(qmFund.id);
		expect((await errorOf(s.funds.create(hkhMeLinh, { name: 'Quỹ lấn sân', ownerKind: 'association_branch', unitId: QM }))).code).toBe('not_found');
		const qmOfficer = await authAs(s, 'quangminh.canbo');
		expect((await s.funds.get(qmOfficer, qmFund.id)).name).toBe('Quỹ khuyến học xã Quang Minh');
		expect((await errorOf(s.funds.donate(qmOfficer, qmFund.id, donation(100_000)))).code).toBe('not_found');
		expect((await errorOf(s.funds.get(await authAs(s, 'dan.lan'), qmFund.id))).code).toBe('not_found');
		expect((await errorOf(s.funds.get(anonymous, qmFund.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.funds.get(qmOfficer, 'không-có'))).code).toBe('not_found');
		expect((await errorOf(s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ trường', ownerKind: 'school', unitId: QM }))).fields.orgId?.key).toBe('errors.funds.org');
		// a school's fund sits where the school is, whatever unit was picked
		const schools = await s.places.listOrganizationsInScope(await authAs(s, 'admin'), { kind: 'school', unit: QM });
		const school = schools.items[0]!;
		const schoolFund = await s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ khuyến học của trường', ownerKind: 'school', orgId: school.id });
		expect(schoolFund).toMatchObject({ orgId: school.id, unitId: school.unitId });
		expect(await s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ trường, chọn nhầm xã', ownerKind: 'school', orgId: school.id, unitId: ML })).toMatchObject({ unitId: school.unitId });
		expect((await errorOf(s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ không nơi chốn', ownerKind: 'clan' }))).fields.unitId?.key).toBe('errors.funds.unit');
	});

	it('publishes what came in and went out computed from the book: the totals agree, donors named only with consent, people paid as initials', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await hkhFund('Quỹ khuyến học (công khai)');
		await s.funds.donate(hkh, f.id, donation(3_000_000, { receivedOn: '2026-10-05' }));
		await s.funds.donate(hkh, f.id, donation(1_000_000, { donorName: 'Bà Lò Thị Kín', donorPublic: false, method: 'bank_transfer', receivedOn: '2026-11-02' }));
		await s.funds.donate(hkh, f.id, donation(600_000, { method: 'in_kind', item: 'Sách vở, quy ra 600.000 đồng', donorKind: 'anonymous', donorName: '', receivedOn: '2026-11-03' }));
		const wrong = await s.funds.donate(hkh, f.id, donation(9_000_000, { receivedOn: '2026-11-04' }));
		await s.funds.reverse(hkh, wrong.id, { reason: 'Ghi thừa một số 0' });
		await s.funds.disburse(hkh, f.id, { amount: 1_500_000, purpose: 'scholarship', payeeName: 'Nguyễn Thị Mai', paidOn: '2026-11-20' });
		await s.funds.disburse(hkh, f.id, { amount: 500_000, purpose: 'reward', payeeName: 'Trần Văn Giỏi', paidOn: '2026-11-21' });
		const v = await s.funds.publicView(f.id);
		const fund = await s.funds.get(hkh, f.id);
		expect(v.received - v.paid).toBe(fund.balance);
		expect([v.received, v.paid, v.fund.balance]).toEqual([4_600_000, 2_000_000, 2_600_000]);
		expect(v.receivedByMethod.sort((a, b) => a.method.localeCompare(b.method))).toEqual([
			{ method: 'bank_transfer', amount: 1_000_000 },
			{ method: 'cash', amount: 3_000_000 },
			{ method: 'in_kind', amount: 600_000 }
		]);
		expect(v.receivedByMonth).toEqual([
			{ month: '2026-10', amount: 3_000_000 },
			{ month: '2026-11', amount: 1_600_000 }
		]);
		expect(v.donors.map((d) => d.name)).toEqual([null, null, 'Ông Nguyễn Văn Hảo']);
		expect(v.payments.map((p) => [p.to, p.amount])).toEqual([
			['T. V. G.', 500_000],
			['N. T. M.', 1_500_000]
		]);
		const text = JSON.stringify(v);
		for (const secret of ['Bà Lò Thị Kín', 'Nguyễn Thị Mai', 'Trần Văn Giỏi']) expect(text).not.toContain(secret);
		expect(v.fund.lastHash).toBe(fund.lastHash);
		expect((await errorOf(s.funds.publicView('không-có'))).code).toBe('not_found');
	});

	it('refuses any change or removal of a stored entry in the database itself, and `funds verify` names the entry changed behind its back', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await hkhFund('Quỹ khuyến học (chuỗi băm)');
		await s.funds.donate(hkh, f.id, donation(1_000_000));
		const second = await s.funds.donate(hkh, f.id, donation(2_000_000, { donorName: 'Dòng họ Nguyễn' }));
		await s.funds.disburse(hkh, f.id, { amount: 500_000, purpose: 'scholarship', payeeName: 'Em Phạm Văn Chăm', paidOn: '2026-11-28' });
		const k = s.db.kysely;
		await expect(k.updateTable('fund_entries').set({ delta: 9_000_000 }).where('id', '=', second.id).execute()).rejects.toThrow(/append-only/);
		await expect(k.deleteFrom('fund_entries').where('id', '=', second.id).execute()).rejects.toThrow(/append-only/);
		// someone with the database's keys goes round the guard: the chain still tells
		if (s.db.dialect === 'postgres') await sql`alter table fund_entries disable trigger fund_entries_no_update`.execute(k);
		else await sql`drop trigger fund_entries_no_update`.execute(k);
		try {
			await k.updateTable('fund_entries').set({ delta: 9_000_000 }).where('id', '=', second.id).execute();
			const v = await s.funds.verify();
			expect(v.broken).toEqual([{ fundId: f.id, fundName: 'Quỹ khuyến học (chuỗi băm)', seq: 2, entryId: second.id, reason: 'hash' }]);
			await k.updateTable('fund_entries').set({ delta: 2_000_000 }).where('id', '=', second.id).execute();
			expect((await s.funds.verify()).broken).toEqual([]);
			// the running totals the public pages read are checked against the entries too
			await k.updateTable('fund_month_totals').set({ amount: sql`amount + 1` }).where('fund_id', '=', f.id).where('line', '=', 'in:cash').execute();
			expect((await s.funds.verify()).broken).toEqual([{ fundId: f.id, fundName: 'Quỹ khuyến học (chuỗi băm)', seq: 3, entryId: null, reason: 'totals' }]);
			await k.updateTable('fund_month_totals').set({ amount: sql`amount - 1` }).where('fund_id', '=', f.id).where('line', '=', 'in:cash').execute();
			expect((await s.funds.verify()).broken).toEqual([]);
		} finally {
			if (s.db.dialect === 'postgres') await sql`alter table fund_entries enable trigger fund_entries_no_update`.execute(k);
			else await sql`create trigger fund_entries_no_update before update on fund_entries begin select raise(abort, 'fund entries are append-only'); end`.execute(k);
		}
	});
});
