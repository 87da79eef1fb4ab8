import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { tableStream } from '../../platform/table-stream';
import { fundAtom } from '../../web/feeds';
import { demoId } from '../places/demo/load';

const TT = demoId('xa-tien-thang');

describeEachDatabase('funds: a commune’s public page, the book as a spreadsheet, the feed', { demo: 'no-news' }, (get) => {
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
});
