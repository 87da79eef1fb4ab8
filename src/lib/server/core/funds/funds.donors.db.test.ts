import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { poppler, run, squash } from '../../testing/poppler';
import { demoId } from '../places/demo/load';
import { DEMO_FUNDS } from './demo/load';
import { ERASED_NAME } from './funds.donors';

const ML = demoId('xa-me-linh');
const QM = demoId('xa-quang-minh');
const inCi = process.env.CI === 'true';

describeEachDatabase('funds: donors, pledges, receipts and transfers', { demo: 'no-news', funds: true }, (get) => {
	const fund = async (name: string, unitId = ML) => {
		const s = get().services;
		return s.funds.create(await authAs(s, 'melinh.khuyenhoc'), { name, ownerKind: 'association_branch', unitId });
	};
	const gift = (amount: unknown, extra: Record<string, unknown> = {}) => ({ amount, method: 'cash', donorKind: 'person', donorName: 'Ông Nguyễn Văn Hảo', donorPublic: true, receivedOn: '2026-11-20', ...extra });

	it('loads the demo funds with whole books: funds verify finds nothing wrong', async () => {
		const s = get().services;
		const v = await s.funds.verify();
		expect(v.broken).toEqual([]);
		expect(v.funds).toBeGreaterThanOrEqual(DEMO_FUNDS.length);
		expect(v.entries).toBeGreaterThan(300);
		const qm = (await s.funds.list(await authAs(s, 'quangminh.canbo'), {})).items.find((f) => f.name === 'Quỹ Khuyến học xã Quang Minh')!;
		const pub = await s.funds.publicView(qm.id);
		expect(pub.received - pub.paid + pub.transfers.reduce((n, t) => n + t.amount, 0)).toBe(pub.fund.balance);
		expect(pub.transfers).toEqual([expect.objectContaining({ fundName: 'Quỹ khuyến học Trường THCS Quang Minh', amount: -5_000_000 })]);
	});

	it('numbers receipts per fund and year, once each even when twenty donations come at once', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const [a, b] = [await fund('Quỹ A (biên nhận)'), await fund('Quỹ B (biên nhận)')];
		const first = await s.funds.donate(hkh, a.id, gift(100_000, { receivedOn: '2025-12-30' }));
		expect(first.receipt?.number).toBe('0001/2025');
		const many = await Promise.all(Array.from({ length: 20 }, (_, i) => s.funds.donate(hkh, a.id, gift(100_000 + i, { donorName: `Người ủng hộ ${i + 1}` }))));
		expect(many.map((e) => e.receipt!.number).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(4, '0')}/2026`));
		expect(new Set(many.map((e) => e.receipt!.code)).size).toBe(20);
		expect((await s.funds.donate(hkh, b.id, gift(50_000))).receipt?.number).toBe('0001/2026');
		// a payment has no receipt; the book shows each donation's
		await s.funds.disburse(hkh, a.id, { amount: 10_000, purpose: 'expense', payeeName: 'Phô tô giấy tờ', paidOn: '2026-11-21' });
		const book = await s.funds.entries(hkh, a.id, {});
		expect(book.items[0]!.receipt).toBeNull();
		expect(book.items.find((e) => e.id === first.id)!.receipt).toMatchObject({ number: '0001/2025', code: first.receipt!.code });
		expect(first.receipt!.verifyUrl).toMatch(new RegExp(`/receipts/${first.receipt!.code}$`));
	});

	it('lets anyone check a receipt: the donor named only with consent, initials otherwise, void once corrected; the PDF for the book’s readers only', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await fund('Quỹ khuyến học (kiểm tra biên nhận)');
		const named = await s.funds.donate(hkh, f.id, gift('1.500.000', { donorAddress: 'Thôn Hạ Lôi' }));
		const shy = await s.funds.donate(hkh, f.id, gift(700_000, { donorName: 'Bà Lò Thị Kín', donorPublic: false }));
		const nobody = await s.funds.donate(hkh, f.id, gift(300_000, { donorKind: 'anonymous', donorName: '' }));
		expect(await s.funds.verifyReceipt(named.receipt!.code)).toMatchObject({ valid: true, number: named.receipt!.number, amount: 1_500_000, donor: 'Ông Nguyễn Văn Hảo', fundName: 'Quỹ khuyến học (kiểm tra biên nhận)', seq: 1, hash: named.hash, voidedOn: null });
		expect((await s.funds.verifyReceipt(shy.receipt!.code)).donor).toBe('L. T. K.');
		expect((await s.funds.verifyReceipt(nobody.receipt!.code)).donor).toBeNull();
		for (const bad of ['', 'không-có-mã', 'x'.repeat(200), named.receipt!.code.slice(0, -1) + '~']) expect((await errorOf(s.funds.verifyReceipt(bad))).key, bad).toBe('errors.funds.receipt_unknown');
		await s.funds.reverse(hkh, shy.id, { reason: 'Khoản này thuộc quỹ khác' });
		expect(await s.funds.verifyReceipt(shy.receipt!.code)).toMatchObject({ valid: false });
		expect((await s.funds.verifyReceipt(shy.receipt!.code)).voidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		const pdf = await s.funds.receiptPdf(hkh, named.id);
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect((await s.funds.receiptPdf(await authAs(s, 'kiemtoan'), named.id)).fileName).toBe(`bien-nhan-${named.receipt!.number.replace('/', '-')}.pdf`);
		expect((await errorOf(s.funds.receiptPdf(await authAs(s, 'quangminh.canbo'), named.id))).code).toBe('not_found');
		expect((await errorOf(s.funds.receiptPdf(anonymous, named.id))).code).toBe('unauthenticated');
		if (poppler.pdftotext || inCi) {
			const dir = mkdtempSync(join(tmpdir(), 'suotdoi-receipt-'));
			try {
				writeFileSync(join(dir, 'r.pdf'), pdf.bytes);
				const text = squash(run(poppler.pdftotext!, ['-layout', join(dir, 'r.pdf'), '-']));
				for (const want of ['BIÊN NHẬN', `Số: ${named.receipt!.number}`, 'Ông Nguyễn Văn Hảo', 'Thôn Hạ Lôi', '1.500.000 đồng', 'Bằng chữ: Một triệu năm trăm nghìn đồng', 'Tiền mặt', named.receipt!.code, 'NGƯỜI NỘP', 'NGƯỜI NHẬN']) expect(text).toContain(want);
				writeFileSync(join(dir, 'v.pdf'), (await s.funds.receiptPdf(hkh, shy.id)).bytes);
				expect(squash(run(poppler.pdftotext!, [join(dir, 'v.pdf'), '-']))).toContain('biên nhận không còn giá trị');
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	});

	it('follows a donor’s consent and erasure on public pages at once, and the book stays whole', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await fund('Quỹ khuyến học (người ủng hộ)');
		const e = await s.funds.donate(hkh, f.id, gift(2_000_000, { donorName: 'Công ty TNHH Ánh Dương', donorKind: 'organization', donorPhone: '0912 000 111' }));
		const donorId = e.donorId!;
		expect((await s.funds.publicView(f.id)).donors.map((d) => d.name)).toEqual(['Công ty TNHH Ánh Dương']);
		// the same donor gives again, chosen by id
		await s.funds.donate(hkh, f.id, { amount: 500_000, method: 'bank_transfer', donorId, receivedOn: '2026-11-22' });
		// or typed again by kind, name and phone: the same donor, not a second one
		const again = await s.funds.donate(hkh, f.id, gift(100_000, { donorName: 'Công ty TNHH Ánh Dương', donorKind: 'organization', donorPhone: '0912 000 111' }));
		expect(again.donorId).toBe(donorId);
		expect((await s.funds.donors(hkh, f.id)).items).toEqual([expect.objectContaining({ id: donorId, given: 2_600_000, donations: 3, public: true })]);
		// consent withdrawn: unnamed everywhere public, at once
		await s.funds.updateDonor(hkh, donorId, { public: false });
		expect((await s.funds.publicView(f.id)).donors.map((d) => d.name)).toEqual([null, null, null]);
		expect((await s.funds.verifyReceipt(e.receipt!.code)).donor).toBe('C. T. T. Á. D.');
		// erased on request: the name is gone from everything, the book still checks
		const erased = await s.funds.eraseDonor(hkh, donorId);
		expect(erased).toMatchObject({ name: ERASED_NAME, phone: null, erased: true, public: false });
		expect(JSON.stringify(await s.funds.entries(hkh, f.id, {}))).not.toContain('Ánh Dương');
		expect(JSON.stringify(await s.funds.publicView(f.id))).not.toContain('Ánh Dương');
		expect((await s.funds.verifyReceipt(e.receipt!.code)).donor).toBeNull();
		expect((await s.funds.verify()).broken).toEqual([]);
		expect((await errorOf(s.funds.updateDonor(hkh, donorId, { public: true }))).key).toBe('errors.funds.donor_erased');
		expect((await errorOf(s.funds.donate(hkh, f.id, { amount: 1, method: 'cash', donorId, receivedOn: '2026-11-23' }))).fields.donorId?.key).toBe('errors.funds.donor');
		// someone else's donor, out of scope, unknown
		const other = await s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ xã Quang Minh (người ủng hộ)', ownerKind: 'association_branch', unitId: QM });
		const theirs = await s.funds.donate(await authAs(s, 'admin'), other.id, gift(100_000));
		expect((await errorOf(s.funds.updateDonor(hkh, theirs.donorId!, { public: false }))).code).toBe('not_found');
		expect((await errorOf(s.funds.donate(hkh, f.id, { amount: 1, method: 'cash', donorId: theirs.donorId, receivedOn: '2026-11-23' }))).fields.donorId?.key).toBe('errors.funds.donor');
		expect((await errorOf(s.funds.updateDonor(hkh, 'không-có', { public: false }))).code).toBe('not_found');
	});

	it('keeps pledges: fulfilled by the donations naming them, reopened by a correction, closed ones refuse more', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await fund('Quỹ khuyến học (cam kết)');
		const p = await s.funds.pledge(hkh, f.id, { donorKind: 'clan', donorName: 'Dòng họ Nguyễn Đình', donorPublic: true, amount: '3.000.000', dueOn: '2026-12-31', note: 'Cam kết tại lễ phát động' });
		expect(p).toMatchObject({ amount: 3_000_000, fulfilled: 0, status: 'open', donorName: 'Dòng họ Nguyễn Đình' });
		await s.funds.donate(hkh, f.id, { amount: 1_000_000, method: 'cash', pledgeId: p.id, receivedOn: '2026-11-20' });
		const second = await s.funds.donate(hkh, f.id, { amount: 2_000_000, method: 'bank_transfer', pledgeId: p.id, receivedOn: '2026-11-25' });
		expect(second.donorId).toBe(p.donorId);
		expect((await s.funds.pledges(hkh, f.id)).items[0]).toMatchObject({ fulfilled: 3_000_000, status: 'fulfilled' });
		expect((await errorOf(s.funds.donate(hkh, f.id, { amount: 1, method: 'cash', pledgeId: p.id, receivedOn: '2026-11-26' }))).key).toBe('errors.funds.pledge_closed');
		await s.funds.reverse(hkh, second.id, { reason: 'Chuyển khoản bị ngân hàng trả lại' });
		expect((await s.funds.pledges(hkh, f.id)).items[0]).toMatchObject({ fulfilled: 1_000_000, status: 'open' });
		expect(await s.funds.cancelPledge(hkh, p.id)).toMatchObject({ status: 'cancelled' });
		expect((await errorOf(s.funds.cancelPledge(hkh, p.id))).key).toBe('errors.funds.pledge_closed');
		expect((await errorOf(s.funds.pledge(hkh, f.id, { amount: '-5', donorKind: 'person', donorName: 'A' }))).fields.amount?.key).toBe('errors.funds.amount');
		expect((await errorOf(s.funds.pledge(hkh, f.id, { amount: 5000, donorKind: 'person' }))).fields.donorName).toBeDefined();
		expect((await errorOf(s.funds.pledge(await authAs(s, 'quangminh.canbo'), f.id, { amount: 5000, donorKind: 'person', donorName: 'A' }))).code).toBe('not_found');
		expect((await s.funds.donors(hkh, f.id)).items[0]).toMatchObject({ pledged: 0, given: 1_000_000 });
	});

	it('moves money between funds with an entry in each book, both or neither; a correction puts both right', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const [a, b] = [await fund('Quỹ chuyển đi'), await fund('Quỹ nhận về')];
		await s.funds.donate(hkh, a.id, gift(5_000_000));
		await s.funds.donate(hkh, b.id, gift(1_000_000));
		const out = await s.funds.transfer(hkh, a.id, { toFundId: b.id, amount: '2.000.000', movedOn: '2026-11-25', note: 'Hỗ trợ chi hội thôn trao học bổng' });
		expect(out).toMatchObject({ kind: 'transfer_out', amount: -2_000_000, counterpartFundId: b.id, counterpartFundName: 'Quỹ nhận về' });
		expect([(await s.funds.get(hkh, a.id)).balance, (await s.funds.get(hkh, b.id)).balance]).toEqual([3_000_000, 3_000_000]);
		const inB = (await s.funds.entries(hkh, b.id, {})).items[0]!;
		expect(inB).toMatchObject({ kind: 'transfer_in', amount: 2_000_000, counterpartFundId: a.id });
		// refused, nothing written: more than the balance, to itself, to a fund out of reach, bad input
		expect((await errorOf(s.funds.transfer(hkh, a.id, { toFundId: b.id, amount: 3_000_001, movedOn: '2026-11-25', note: 'Quá số dư' }))).key).toBe('errors.funds.insufficient');
		expect((await errorOf(s.funds.transfer(hkh, a.id, { toFundId: a.id, amount: 1, movedOn: '2026-11-25', note: 'Vòng tròn' }))).fields.toFundId?.key).toBe('errors.funds.transfer_same');
		const qm = await s.funds.create(await authAs(s, 'admin'), { name: 'Quỹ xã Quang Minh (chuyển)', ownerKind: 'association_branch', unitId: QM });
		expect((await errorOf(s.funds.transfer(hkh, a.id, { toFundId: qm.id, amount: 1, movedOn: '2026-11-25', note: 'Sang xã khác' }))).fields.toFundId?.key).toBe('errors.funds.transfer_target');
		expect((await errorOf(s.funds.transfer(hkh, a.id, { toFundId: b.id, amount: '1,5', movedOn: '2026-11-25', note: 'Lẻ' }))).fields.amount?.key).toBe('errors.funds.amount');
		expect([(await s.funds.get(hkh, a.id)).entries, (await s.funds.get(hkh, b.id)).entries]).toEqual([2, 2]);
		// the public pages: received − paid + moved = balance on each side
		for (const id of [a.id, b.id]) {
			const v = await s.funds.publicView(id);
			expect(v.received - v.paid + v.transfers.reduce((n, t) => n + t.amount, 0)).toBe(v.fund.balance);
		}
		// transfers both ways at once: neither waits for ever on the other
		const both = await Promise.allSettled([
			...Array.from({ length: 5 }, () => s.funds.transfer(hkh, a.id, { toFundId: b.id, amount: 100_000, movedOn: '2026-11-26', note: 'Chiều đi' })),
			...Array.from({ length: 5 }, () => s.funds.transfer(hkh, b.id, { toFundId: a.id, amount: 100_000, movedOn: '2026-11-26', note: 'Chiều về' }))
		]);
		expect(both.filter((r) => r.status === 'rejected')).toEqual([]);
		// the correction of a transfer puts both books right at once
		const fix = await s.funds.reverse(hkh, out.id, { reason: 'Chuyển nhầm quỹ' });
		expect(fix).toMatchObject({ kind: 'reversal', amount: 2_000_000 });
		expect([(await s.funds.get(hkh, a.id)).balance, (await s.funds.get(hkh, b.id)).balance]).toEqual([5_000_000, 1_000_000]);
		expect((await errorOf(s.funds.reverse(hkh, inB.id, { reason: 'Lần nữa' }))).key).toBe('errors.funds.already_reversed');
		expect((await s.funds.verify()).broken).toEqual([]);
	});
});
