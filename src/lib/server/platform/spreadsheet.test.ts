import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AppError } from './errors';
import { parseCsv, readTable, SPREADSHEET_TYPES, writeCsv, writeXlsx } from './spreadsheet';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const BOM = '\uFEFF';

/** Runs `fn` and returns the AppError it throws (fails the test otherwise). */
async function appError(fn: () => Promise<unknown>): Promise<AppError> {
	try {
		await fn();
	} catch (e) {
		expect(e).toBeInstanceOf(AppError);
		return e as AppError;
	}
	throw new Error('expected an AppError');
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	build(wb);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTable: csv', () => {
	const body = 'Họ tên,Ngày sinh,Điện thoại\r\nNguyễn Văn An,1990-01-02,0912345678\r\nTrần Thị Bình,1985-12-31,0987654321\r\n';
	const expected = {
		headers: ['Họ tên', 'Ngày sinh', 'Điện thoại'],
		rows: [
			{ line: 2, cells: ['Nguyễn Văn An', '1990-01-02', '0912345678'] },
			{ line: 3, cells: ['Trần Thị Bình', '1985-12-31', '0987654321'] }
		]
	};

	it('reads UTF-8 with and without a BOM alike', async () => {
		expect(await readTable(utf8(body), 'dan-cu.csv')).toEqual(expected);
		const withBom = utf8(BOM + body);
		expect(withBom.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(await readTable(withBom, 'DAN-CU.CSV')).toEqual(expected);
	});

	it('detects a semicolon delimiter, and keeps commas inside cells then', async () => {
		const t = await readTable(utf8('Họ tên;Địa chỉ\nLê Văn C;Thôn 1, xã Quang Minh\n'), 'a.csv');
		expect(t.headers).toEqual(['Họ tên', 'Địa chỉ']);
		expect(t.rows).toEqual([{ line: 2, cells: ['Lê Văn C', 'Thôn 1, xã Quang Minh'] }]);
	});

	it('uses the comma when it is the commoner one in the header', async () => {
		const t = await readTable(utf8('a,b,"c;d"\n1;2,3,4\n'), 'a.csv');
		expect(t.headers).toEqual(['a', 'b', 'c;d']);
		expect(t.rows[0]!.cells).toEqual(['1;2', '3', '4']);
	});

	it('handles quoted delimiters, doubled quotes and line breaks, counting records for line numbers', async () => {
		const csv =
			'Tên,Ghi chú,Số\n' +
			'"Phạm, Thị D","Nói ""xin chào""",1\n' +
			'"Hoàng E","dòng một\ndòng hai",2\n' +
			'\n' +
			'Vũ F,,3\n' +
			'\n\n';
		const t = await readTable(utf8(csv), 'a.csv');
		expect(t.headers).toEqual(['Tên', 'Ghi chú', 'Số']);
		expect(t.rows).toEqual([
			{ line: 2, cells: ['Phạm, Thị D', 'Nói "xin chào"', '1'] },
			{ line: 3, cells: ['Hoàng E', 'dòng một\ndòng hai', '2'] },
			// record 4 is the empty line: skipped, still counted
			{ line: 5, cells: ['Vũ F', '', '3'] }
		]);
	});

	it('accepts CRLF, LF and lone CR line ends, trims cells and pads short rows', async () => {
		const t = await readTable(utf8('a , b ,c\r\n 1 ,2\r3,4,5\n6,7,8,,\r\n'), 'a.csv');
		expect(t.headers).toEqual(['a', 'b', 'c']);
		expect(t.rows).toEqual([
			{ line: 2, cells: ['1', '2', ''] },
			{ line: 3, cells: ['3', '4', '5'] },
			{ line: 4, cells: ['6', '7', '8'] }
		]);
	});

	it('returns Vietnamese typed in decomposed form (NFD) as NFC', async () => {
		const nfd = 'Họ tên,Quê quán\nNguyễn Thị Hương,Hà Nội\n'.normalize('NFD');
		expect(nfd).not.toBe(nfd.normalize('NFC'));
		const t = await readTable(utf8(nfd), 'a.csv');
		expect(t.headers[0]).toBe('Họ tên'.normalize('NFC'));
		expect(t.headers[0]!.length).toBe(6);
		expect(t.rows[0]!.cells).toEqual(['Nguyễn Thị Hương'.normalize('NFC'), 'Hà Nội'.normalize('NFC')]);
		expect(t.rows[0]!.cells[0]).toBe('Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng');
	});

	it('refuses text that is not UTF-8 (Windows-1258 / Latin-1)', async () => {
		// 'Họ tên\nNguyên' as a legacy code page writes ê as the single byte 0xEA
		const bytes = new Uint8Array([...utf8('Ho ten\nNguy'), 0xea, ...utf8('n\n')]);
		const e = await appError(() => readTable(bytes, 'a.csv'));
		expect(e.code).toBe('invalid');
		expect(e.key).toBe('errors.import.encoding');
	});

	it('refuses empty files and files with no header', async () => {
		expect((await appError(() => readTable(new Uint8Array(), 'a.csv'))).key).toBe('errors.import.empty');
		expect((await appError(() => readTable(utf8(BOM + '\r\n\r\n'), 'a.csv'))).key).toBe('errors.import.empty');
		expect((await appError(() => readTable(utf8('\nHọ tên\nA\n'), 'a.csv'))).key).toBe('errors.import.empty');
		// a header alone is a table with no rows
		expect(await readTable(utf8('Họ tên\n'), 'a.csv')).toEqual({ headers: ['Họ tên'], rows: [] });
	});

	it('refuses more rows than allowed, saying how many are', async () => {
		const csv = 'a\n' + Array.from({ length: 4 }, (_, i) => String(i)).join('\n');
		expect((await readTable(utf8(csv), 'a.csv', { maxRows: 4 })).rows).toHaveLength(4);
		const e = await appError(() => readTable(utf8(csv), 'a.csv', { maxRows: 3 }));
		expect(e.key).toBe('errors.import.too_many_rows');
		expect(e.params).toEqual({ max: 3 });
	});
});

describe('readTable: file types', () => {
	it('knows its types', () => {
		expect(SPREADSHEET_TYPES).toEqual(['.csv', '.xlsx']);
	});

	it('refuses other extensions, whatever the content', async () => {
		for (const name of ['a.xls', 'a.txt', 'a', 'a.csv.exe', 'a.ods']) {
			const e = await appError(() => readTable(utf8('a,b\n1,2\n'), name));
			expect(e.key).toBe('errors.import.file_type');
		}
	});

	it('refuses an .xlsx that is not a zip', async () => {
		const e = await appError(() => readTable(utf8('a,b\n1,2\n'), 'a.xlsx'));
		expect(e.code).toBe('invalid');
		expect(e.key).toBe('errors.import.file_type');
	});

	it('reports a corrupt workbook as unreadable', async () => {
		const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('this is not really a zip archive at all')]);
		expect((await appError(() => readTable(bytes, 'a.XLSX'))).key).toBe('errors.import.unreadable');
	});
});

describe('readTable: xlsx', () => {
	it('reads back what writeXlsx wrote', async () => {
		const headers = ['Họ tên', 'Ngày sinh', 'Điện thoại', 'Ghi chú'];
		const rows = [
			['Nguyễn Văn An', '02/01/1990', '0912345678', '=1+1'],
			['Trần Thị Bình', '1985-12-31', '0987654321', 'có dấu, phẩy; và "ngoặc"']
		];
		const xlsx = await writeXlsx({ name: 'Dân cư', headers, rows, notes: ['Mỗi dòng một người.'] });
		expect(Buffer.isBuffer(xlsx)).toBe(true);
		const t = await readTable(new Uint8Array(xlsx), 'mau.xlsx');
		expect(t).toEqual({
			headers,
			rows: [
				{ line: 2, cells: rows[0] },
				{ line: 3, cells: rows[1] }
			]
		});
	});

	it('writes text cells, a bold header and the notes sheet', async () => {
		const xlsx = await writeXlsx({
			name: 'Dân cư',
			headers: ['Họ tên', 'Điện thoại'],
			rows: [['A', '0912345678']],
			notes: ['Ghi chú một', 'Ghi chú hai']
		});
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Dân cư', 'Hướng dẫn']);
		const ws = wb.worksheets[0]!;
		expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
		expect(ws.getCell('B2').value).toBe('0912345678');
		expect(ws.getCell('B2').numFmt).toBe('@');
		expect(ws.getColumn(2).numFmt).toBe('@');
		expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
		const notes = wb.worksheets[1]!;
		expect([notes.getCell('A1').value, notes.getCell('A2').value]).toEqual(['Ghi chú một', 'Ghi chú hai']);
	});

	it('writes no notes sheet without notes', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await writeXlsx({ name: 'Mẫu', headers: ['a'], rows: [] })) as unknown as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Mẫu']);
	});

	it('converts dates, numbers, booleans, rich text, formulas, hyperlinks and errors to strings', async () => {
		const bytes = await workbookBytes((wb) => {
			const ws = wb.addWorksheet('Danh sách');
			ws.getRow(1).values = [' Họ tên ', 'Ngày sinh', 'Điện thoại', 'Ghi chú', 'Tuổi', 'Có', 'Trang', 'Lỗi'];
			const r = ws.getRow(2);
			r.getCell(1).value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
			r.getCell(2).value = new Date(Date.UTC(1990, 0, 2));
			r.getCell(2).numFmt = 'dd/mm/yyyy';
			r.getCell(3).value = 912345678;
			r.getCell(4).value = { formula: 'A2&"!"', result: 'Nguyễn Văn An!' };
			r.getCell(5).value = { formula: '2024-1990', result: 34 };
			r.getCell(6).value = true;
			r.getCell(7).value = { text: 'trang xã', hyperlink: 'https://example.vn' };
			r.getCell(8).value = { error: '#N/A' };
			// row 3 left empty; row 4 has a decimal and a formula showing a date
			const r4 = ws.getRow(4);
			r4.getCell(1).value = 'Lê C';
			r4.getCell(2).value = { formula: 'DATE(2001,12,31)', result: new Date(Date.UTC(2001, 11, 31)) };
			r4.getCell(2).numFmt = 'yyyy-mm-dd';
			r4.getCell(5).value = 2.5;
			r4.getCell(6).value = false;
			wb.addWorksheet('Khác').getCell('A1').value = 'not read';
		});
		const t = await readTable(bytes, 'ds.xlsx');
		expect(t.headers).toEqual(['Họ tên', 'Ngày sinh', 'Điện thoại', 'Ghi chú', 'Tuổi', 'Có', 'Trang', 'Lỗi']);
		expect(t.rows).toEqual([
			{ line: 2, cells: ['Nguyễn Văn An', '1990-01-02', '912345678', 'Nguyễn Văn An!', '34', 'TRUE', 'trang xã', ''] },
			{ line: 4, cells: ['Lê C', '2001-12-31', '', '', '2.5', 'FALSE', '', ''] }
		]);
	});

	it('refuses a workbook whose first row is empty, and too many rows', async () => {
		const noHeader = await workbookBytes((wb) => {
			wb.addWorksheet('S').getCell('A3').value = 'x';
		});
		expect((await appError(() => readTable(noHeader, 'a.xlsx'))).key).toBe('errors.import.empty');
		const big = await writeXlsx({ name: 'S', headers: ['a'], rows: [['1'], ['2'], ['3']] });
		const e = await appError(() => readTable(new Uint8Array(big), 'a.xlsx', { maxRows: 2 }));
		expect(e.key).toBe('errors.import.too_many_rows');
		expect(e.params).toEqual({ max: 2 });
	});
});

describe('parseCsv', () => {
	it('keeps fields as written and empty records in place', () => {
		expect(parseCsv('a,b\n\n" x ",y\r\n')).toEqual([['a', 'b'], [''], [' x ', 'y']]);
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('a;b;c\n1;;3')).toEqual([
			['a', 'b', 'c'],
			['1', '', '3']
		]);
		expect(parseCsv('a,b\n"unterminated,1\n2')).toEqual([['a', 'b'], ['unterminated,1\n2']]);
		expect(parseCsv('a,b\n1,2,')).toEqual([
			['a', 'b'],
			['1', '2', '']
		]);
	});

	it('parses 200,000 rows of 8 columns', () => {
		const lines = ['Họ tên,Ngày sinh,Giới tính,Điện thoại,Thôn,CCCD,Nghề nghiệp,Ghi chú'];
		for (let i = 0; i < 200_000; i++) {
			lines.push(`Nguyễn Văn ${i},1990-01-02,Nam,09${String(i).padStart(8, '0')},Thôn ${i % 12},0010900${i},"Nông, dân",ghi chú số ${i}`);
		}
		const text = lines.join('\r\n') + '\r\n';
		expect(text.length).toBeGreaterThan(15_000_000);
		const records = parseCsv(text);
		expect(records).toHaveLength(200_001);
		expect(records[200_000]).toEqual([
			'Nguyễn Văn 199999',
			'1990-01-02',
			'Nam',
			'0900199999',
			'Thôn 7',
			'0010900199999',
			'Nông, dân',
			'ghi chú số 199999'
		]);
	});

	it('reads the same 200,000 rows through readTable', async () => {
		const lines = ['a,b,c,d,e,f,g,h'];
		for (let i = 0; i < 200_000; i++) lines.push(`${i},b${i},c,d,e,f,g,h`);
		const t = await readTable(utf8(lines.join('\n')), 'big.csv');
		expect(t.rows).toHaveLength(200_000);
		expect(t.rows[199_999]).toEqual({ line: 200_001, cells: ['199999', 'b199999', 'c', 'd', 'e', 'f', 'g', 'h'] });
	});
});

describe('writeCsv', () => {
	it('writes a BOM, CRLF, quotes where needed and neutralises formulas', () => {
		const csv = writeCsv(['Họ tên', 'Ghi chú'], [
			['=1+1', 'Thôn 1, xã A'],
			['+84912', 'nói "a"'],
			['-5', '@x'],
			['\tcmd', 'bình thường']
		]);
		expect(csv).toBe(
			'\uFEFFHọ tên,Ghi chú\r\n' +
				"'=1+1,\"Thôn 1, xã A\"\r\n" +
				"'+84912,\"nói \"\"a\"\"\"\r\n" +
				"'-5,'@x\r\n" +
				"'\tcmd,bình thường\r\n"
		);
	});

	it('reads back through readTable (formula prefix kept as text)', async () => {
		const csv = writeCsv(['a', 'b'], [['=1+1', 'x, y']]);
		const t = await readTable(utf8(csv), 'a.csv');
		expect(t).toEqual({ headers: ['a', 'b'], rows: [{ line: 2, cells: ["'=1+1", 'x, y'] }] });
	});
});
