import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { poppler, run, squash } from '../../testing/poppler';
import { tableStream } from '../../platform/table-stream';
import { fundAtom } from '../../web/feeds';
import { demoId } from '../places/demo/load';

const TT = demoId('xa-tien-thang');

describeEachDatabase('funds: a commune’s public page, the book as a spreadsheet, the feed, the yearly report', { demo: 'no-news', funds: true }, (get) => {
	const bytesOf = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

	it('adds up a commune’s funds from the same entries as their books, for the year asked', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const villages = (await s.places.getUnit(TT)).children.filter((c) => c.level === 'village');
		const village = await s.funds.create(admin, { name: 'Quỹ khuyến học thôn (công khai xã)', ownerKind: 'village_branch', unitId: villages[0]!.id });
		await s.funds.donate(admin, village.id, { amount: 2_000_000, method: 'cash', donorKind: 'person', donorName: 'Ông Trịnh Văn Lộc', donorPublic: true, receivedOn: '2025-06-01' });
		await s.funds.donate(admin, village.id, { amount: 3_000_000, method: 'bank_transfer', donorKind: 'person', donorName: 'Bà Hà Thị Nụ', receivedOn: '2026-03-01' });
		await s.funds.disburse(admin, village.id, { amount: 700_000, purpose: 'scholarship', payeeName: 'Em Trịnh Thu Hà', paidOn: '2026-09-05' });
		const v = await s.funds.communeView(TT, { year: '2026' });
		expect(v.unit.name).toBe('Xã Tiến Thắng');
		expect(v.funds.map((f) => f.name)).toEqual(expect.arrayContaining(['Quỹ Khuyến học xã Tiến Thắng', 'Quỹ khuyến học thôn (công khai xã)']));
		const mine = v.funds.find((f) => f.id === village.id)!;
		expect(mine).toMatchObject({ received: 3_000_000, paid: 700_000, balance: 4_300_000, unitName: villages[0]!.name });
		// the commune's totals are the sums of its funds', which are each fund's book for that year
		expect(v.received).toBe(v.funds.reduce((n, f) => n + f.received, 0));
		expect(v.paid).toBe(v.funds.reduce((n, f) => n + f.paid, 0));
		expect(v.receivedByMethod.reduce((n, r) => n + r.amount, 0)).toBe(v.received);
		expect(v.receivedByMonth.reduce((n, r) => n + r.amount, 0)).toBe(v.received);
		expect(v.paidByPurpose.reduce((n, r) => n + r.amount, 0)).toBe(v.paid);
		for (const f of v.funds) {
			const book = await s.funds.entries(admin, f.id, { page: 1 });
			expect(f.balance).toBe((await s.funds.get(admin, f.id)).balance);
			if (book.total <= book.pageSize) expect(book.items.filter((e) => e.occurredOn.startsWith('2026') && e.method).reduce((n, e) => n + e.amount, 0)).toBe(f.received);
		}
		expect((await s.funds.communeView(TT, { year: 2025 })).funds.find((f) => f.id === village.id)).toMatchObject({ received: 2_000_000, paid: 0 });
		// nothing of another commune, no names of people paid
		expect(v.funds.every((f) => !f.name.includes('Quang Minh'))).toBe(true);
		expect(JSON.stringify(v)).not.toContain('Trịnh Thu Hà');
		// a village, a made-up id, a bad year
		expect((await errorOf(s.funds.communeView(villages[0]!.id))).code).toBe('not_found');
		expect((await errorOf(s.funds.communeView('không-có'))).code).toBe('not_found');
		for (const bad of ['hai nghìn', '1800', '2026.5']) expect((await errorOf(s.funds.communeView(TT, { year: bad }))).fields.year?.key, bad).toBe('errors.funds.year');
	});

	it('gives the book as the public sees it, in CSV and .xlsx, a year or all, and an Atom feed: donors named only with consent, people paid as initials', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const f = await s.funds.create(admin, { name: 'Quỹ khuyến học (tải về)', ownerKind: 'association_branch', unitId: TT });
		await s.funds.donate(admin, f.id, { amount: '1.200.000', method: 'cash', donorKind: 'person', donorName: 'Ông Công Khai', donorPublic: true, receivedOn: '2025-12-30' });
		await s.funds.donate(admin, f.id, { amount: 800_000, method: 'in_kind', item: 'Hai mươi bộ sách giáo khoa', donorKind: 'household', donorName: 'Gia đình bà Kín Đáo', receivedOn: '2026-01-03' });
		await s.funds.donate(admin, f.id, { amount: 500_000, method: 'cash', donorKind: 'anonymous', receivedOn: '2026-01-04' });
		const pay = await s.funds.disburse(admin, f.id, { amount: 1_000_000, purpose: 'scholarship', payeeName: 'Em Lê Thị Bé (lớp 5A)', paidOn: '2026-02-01' });
		await s.funds.reverse(admin, pay.id, { reason: 'Chi nhầm' });

		const all = await s.funds.publicTable(f.id, {});
		expect(all.table.total).toBe(5);
		const csv = (await bytesOf(tableStream('csv', all.fundName, all.table, async () => undefined))).toString('utf8');
		const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines[0]).toBe('Số bút toán,Ngày,Loại,Hình thức / khoản chi,Người ủng hộ / người nhận,Hiện vật,Số tiền (đồng),Mã kiểm tra');
		expect(lines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
			'1,2025-12-30,Ủng hộ,Tiền mặt,Ông Công Khai,,1200000',
			'2,2026-01-03,Ủng hộ,Hiện vật,Người ủng hộ (không công khai tên),Hai mươi bộ sách giáo khoa,800000',
			'3,2026-01-04,Ủng hộ,Tiền mặt,Người ủng hộ giấu tên,,500000',
			'4,2026-02-01,Chi,Học bổng,L. T. B.,,-1000000',
			'5,' + lines[5]!.split(',')[1] + ',Điều chỉnh,Học bổng,Điều chỉnh bút toán số 4,,1000000'
		]);
		expect(csv).not.toContain('Kín Đáo');
		expect(csv).not.toContain('Lê Thị Bé');
		// the amounts of a spreadsheet add up to the balance
		const year = await s.funds.publicTable(f.id, { year: '2025' });
		expect(year.table.total).toBe(1);
		const xlsx = await bytesOf(tableStream('xlsx', all.fundName, all.table, async () => undefined));
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		const amounts = Array.from({ length: 5 }, (_, i) => ws.getRow(i + 2).getCell(7).value);
		expect(amounts).toEqual([1_200_000, 800_000, 500_000, -1_000_000, 1_000_000]);
		expect(amounts.reduce((n: number, a) => n + Number(a), 0)).toBe((await s.funds.get(admin, f.id)).balance);
		expect(ws.getRow(2).getCell(1).value).toBe('1');

		const feed = fundAtom('https://suotdoi.example.vn', await s.funds.feed(f.id));
		expect(feed).toContain('<title>Quỹ khuyến học (tải về) (Xã Tiến Thắng)</title>');
		expect(feed).toContain('Ủng hộ 1.200.000 đồng — Ông Công Khai');
		expect(feed).toContain('Chi 1.000.000 đồng — L. T. B.');
		expect(feed).not.toContain('Kín Đáo');
		expect(feed.indexOf('Điều chỉnh')).toBeLessThan(feed.indexOf('Ông Công Khai'));
		expect((await errorOf(s.funds.publicTable(f.id, { year: 'năm ngoái' }))).fields.year?.key).toBe('errors.funds.year');
		expect((await errorOf(s.funds.feed('không-có'))).code).toBe('not_found');
	});

	it('reports a fund’s year from its book: opening + received − paid ± moved = closing, this year’s closing is the balance; as .xlsx and PDF; in scope only', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const [f, g] = [await s.funds.create(admin, { name: 'Quỹ khuyến học (báo cáo năm)', ownerKind: 'association_branch', unitId: TT }), await s.funds.create(admin, { name: 'Quỹ nhận (báo cáo năm)', ownerKind: 'association_branch', unitId: TT })];
		await s.funds.donate(admin, f.id, { amount: 4_000_000, method: 'cash', donorKind: 'person', donorName: 'Ông Năm Trước', receivedOn: '2025-05-01' });
		await s.funds.disburse(admin, f.id, { amount: 1_000_000, purpose: 'reward', payeeName: 'Em Giỏi Năm Trước', paidOn: '2025-09-01' });
		await s.funds.donate(admin, f.id, { amount: 2_500_000, method: 'bank_transfer', donorKind: 'organization', donorName: 'Công ty Năm Nay', receivedOn: '2026-02-10' });
		await s.funds.donate(admin, f.id, { amount: 500_000, method: 'in_kind', item: 'Vở viết', donorKind: 'anonymous', receivedOn: '2026-02-20' });
		await s.funds.disburse(admin, f.id, { amount: 1_200_000, purpose: 'scholarship', payeeName: 'Em Nghèo Vượt Khó', paidOn: '2026-09-05' });
		await s.funds.transfer(admin, f.id, { toFundId: g.id, amount: 300_000, movedOn: '2026-10-01', note: 'Hỗ trợ chi hội' });
		const last = await s.funds.yearReport(admin, f.id, { year: 2025 });
		expect(last).toMatchObject({ year: 2025, opening: 0, closing: 3_000_000 });
		const r = await s.funds.yearReport(admin, f.id, { year: '2026' });
		expect(r.opening).toBe(3_000_000);
		expect(r.received).toEqual(expect.arrayContaining([{ label: 'Chuyển khoản', amount: 2_500_000 }, { label: 'Hiện vật', amount: 500_000 }]));
		expect(r.paid).toEqual([{ label: 'Học bổng', amount: 1_200_000 }]);
		expect(r.moved).toEqual([{ fundName: 'Quỹ nhận (báo cáo năm)', amount: -300_000 }]);
		expect(r.receivedByMonth).toEqual([{ month: 2, amount: 3_000_000 }]);
		expect(r.closing).toBe(3_000_000 + 3_000_000 - 1_200_000 - 300_000);
		expect(r.closing).toBe((await s.funds.get(admin, f.id)).balance);

		const xlsx = await s.funds.yearReportFile(admin, f.id, { year: 2026, format: 'xlsx' });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
		const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1, 3));
		expect(rows).toEqual(expect.arrayContaining([['I. Số dư đầu năm', 3_000_000], ['II. Thu trong năm', 3_000_000], ['III. Chi trong năm', 1_200_000], ['V. Số dư cuối năm', 4_500_000]]));
		const pdf = await s.funds.yearReportFile(admin, f.id, { year: 2026, format: 'pdf' });
		expect([pdf.type, pdf.bytes.subarray(0, 5).toString()]).toEqual(['application/pdf', '%PDF-']);
		if (poppler.pdftotext || process.env.CI === 'true') {
			const dir = mkdtempSync(join(tmpdir(), 'suotdoi-fund-report-'));
			try {
				writeFileSync(join(dir, 'r.pdf'), pdf.bytes);
				const text = squash(run(poppler.pdftotext!, ['-layout', join(dir, 'r.pdf'), '-']));
				for (const want of ['BÁO CÁO THU CHI QUỸ NĂM 2026', 'I. Số dư đầu năm 3.000.000', 'V. Số dư cuối năm 4.500.000', 'Học bổng 1.200.000', 'NGƯỜI LẬP BIỂU']) expect(text).toContain(want);
				expect(text).not.toContain('Nghèo Vượt Khó');
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		expect((await errorOf(s.funds.yearReport(await authAs(s, 'quangminh.canbo'), f.id, {}))).code).toBe('not_found');
		expect((await errorOf(s.funds.yearReport(admin, f.id, { year: '26' }))).fields.year?.key).toBe('errors.funds.year');
	});
});
