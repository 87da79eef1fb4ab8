import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const ML = demoId('xa-me-linh');
const csv = (lines: string[]) => new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');

describeEachDatabase('funds: donations from a collection sheet or a bank statement, all rows or none', { demo: 'no-news' }, (get) => {
	const fund = async (name: string) => {
		const s = get().services;
		return s.funds.create(await authAs(s, 'melinh.khuyenhoc'), { name, ownerKind: 'association_branch', unitId: ML });
	};

	it('checks a collection sheet, then writes every row with its receipt in one go', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await fund('Quỹ khuyến học (bảng thu)');
		const bytes = csv([
			'Ngày,Người ủng hộ,Loại người ủng hộ,Số tiền,Hình thức,Hiện vật,Công khai tên,Nội dung',
			'05/09/2026,Ông Nguyễn Văn Tám,Cá nhân,500.000,Tiền mặt,,Có,Ủng hộ đầu năm học',
			'05/09/2026,Gia đình bà Lê Thị Chín,Hộ gia đình,"1 000 000",,,,',
			'2026-09-06,,,300000,,,,Không ghi tên',
			'06/09/2026,Công ty TNHH Sách Việt,Tổ chức,2.400.000,Hiện vật,120 cuốn vở,có,'
		]);
		const checked = await s.funds.importDonations(hkh, f.id, { fileName: 'bang-thu.csv', bytes, method: 'cash', commit: false });
		expect(checked).toMatchObject({ status: 'checked', rows: 4, total: 4_200_000, problems: [] });
		expect(checked.sample.map((r) => r.donor)).toEqual(['Ông Nguyễn Văn Tám', 'Gia đình bà Lê Thị Chín', null, 'Công ty TNHH Sách Việt']);
		expect((await s.funds.get(hkh, f.id)).entries).toBe(0);
		expect(await s.funds.importDonations(hkh, f.id, { fileName: 'bang-thu.csv', bytes, method: 'cash', commit: true })).toMatchObject({ status: 'committed', rows: 4 });
		const book = (await s.funds.entries(hkh, f.id, {})).items.reverse();
		expect(book.map((e) => [e.amount, e.method, e.partyName, e.partyPublic, e.receipt?.number])).toEqual([
			[500_000, 'cash', 'Ông Nguyễn Văn Tám', true, '0001/2026'],
			[1_000_000, 'cash', 'Gia đình bà Lê Thị Chín', false, '0002/2026'],
			[300_000, 'cash', null, false, '0003/2026'],
			[2_400_000, 'in_kind', 'Công ty TNHH Sách Việt', true, '0004/2026']
		]);
		expect(book[3]!.item).toBe('120 cuốn vở');
		expect((await s.funds.verify()).broken).toEqual([]);
	});

	it('reads a bank statement: thousands with commas, a time after the date, transfers by default; refuses a file with one bad row whole', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await fund('Quỹ khuyến học (sao kê)');
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Sao kê');
		ws.addRow(['Ngày giao dịch', 'Số tiền ghi có', 'Nội dung giao dịch']);
		ws.addRow(['03/12/2026 10:15:00', '1,500,000', 'NGUYEN VAN A UNG HO QUY KHUYEN HOC']);
		ws.addRow(['04/12/2026 08:01:12', 2500000, 'CTY HOA ML CK UNG HO']);
		const statement = Buffer.from(await wb.xlsx.writeBuffer());
		expect(await s.funds.importDonations(hkh, f.id, { fileName: 'sao-ke.xlsx', bytes: statement, method: 'bank_transfer', commit: true })).toMatchObject({ status: 'committed', rows: 2, total: 4_000_000 });
		const book = (await s.funds.entries(hkh, f.id, {})).items;
		expect(book.map((e) => [e.occurredOn, e.amount, e.method, e.partyKind])).toEqual([
			['2026-12-04', 2_500_000, 'bank_transfer', 'anonymous'],
			['2026-12-03', 1_500_000, 'bank_transfer', 'anonymous']
		]);

		// one wrong row: nothing written, each problem with its line and column
		const bad = csv(['Ngày,Số tiền,Người ủng hộ,Hình thức', '01/12/2026,200.000,Bà Hoa,Tiền mặt', '31/02/2026,100.000,Ông Sáu,', '02/12/2026,-50.000,Ông Bảy,', '02/12/2026,1.000.000,Ông Tám,Séc', '02/12/2026,1.000.000,,Hiện vật']);
		const r = await s.funds.importDonations(hkh, f.id, { fileName: 'sai.csv', bytes: bad, method: 'cash', commit: true });
		expect(r.status).toBe('refused');
		expect(r.problems.map((p) => [p.line, p.column, p.key])).toEqual([
			[3, 'Ngày', 'errors.field.date'],
			[4, 'Số tiền', 'errors.funds.amount'],
			[5, 'Hình thức', 'errors.funds.import.method'],
			[6, 'Hiện vật', 'errors.funds.item']
		]);
		expect((await s.funds.get(hkh, f.id)).entries).toBe(2);
		// a file without the amount column, not a spreadsheet, out of scope
		expect((await s.funds.importDonations(hkh, f.id, { fileName: 'thieu.csv', bytes: csv(['Ngày,Người ủng hộ', '01/12/2026,Bà Hoa']), commit: false })).problems).toEqual([{ line: 1, column: 'Số tiền', key: 'errors.import.missing_column' }]);
		expect((await errorOf(s.funds.importDonations(hkh, f.id, { fileName: 'anh.png', bytes: new Uint8Array([1, 2, 3]), commit: false }))).key).toMatch(/^errors\.import\./);
		expect((await errorOf(s.funds.importDonations(await authAs(s, 'quangminh.canbo'), f.id, { fileName: 'bang-thu.csv', bytes: bad, commit: false }))).code).toBe('not_found');
	});
});
