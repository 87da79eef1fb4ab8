import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { readTable } from './spreadsheet';
import { inflatingSheet, xlsxBomb, xlsxWith, zipFile } from '../testing/xlsx';

async function appError(p: Promise<unknown>): Promise<AppError> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(AppError);
	return e as AppError;
}

const sheet = (rows: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);

describe('readTable: .xlsx as other programs write it', () => {
	it('reads inline strings, prefixed names, entities, CDATA, pretty-printed XML and cells without references', async () => {
		const xml = Buffer.from(`<?xml version="1.0"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:sheetData>
    <x:row r="1">
      <x:c r="A1" t="inlineStr"><x:is><x:t>Họ &amp; tên</x:t></x:is></x:c>
      <x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">Ghi chú</x:t></x:is></x:c>
    </x:row>
    <!-- a comment -->
    <x:row r="2">
      <x:c t="inlineStr"><x:is><x:r><x:t>Trần </x:t></x:r><x:r><x:t>Thị &#7842;nh</x:t></x:r></x:is></x:c>
      <x:c t="str"><x:f>A2</x:f><x:v><![CDATA[a < b]]></x:v></x:c>
    </x:row>
  </x:sheetData>
</x:worksheet>`);
		const t = await readTable(xlsxWith(xml), 'a.xlsx');
		expect(t).toEqual({ headers: ['Họ & tên', 'Ghi chú'], rows: [{ line: 2, cells: ['Trần Thị Ảnh', 'a < b'] }] });
	});

	it('reads shared strings without their phonetic guides, and dates by style, from 1900 and 1904', async () => {
		const sharedStrings = '<sst><si><t>Ngày sinh</t></si><si><r><t>Lê</t></r><r><t> Văn</t></r><rPh><t>れ</t></rPh></si></sst>';
		const styles = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot;đ&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>';
		const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>27396</v></c><c r="B2" s="3"><v>12.5</v></c><c r="C2" s="2"><v>36526</v></c></row>';
		const t = await readTable(xlsxWith(sheet(rows), { sharedStrings, styles }), 'a.xlsx');
		expect(t.headers).toEqual(['Ngày sinh', 'Lê Văn']);
		expect(t.rows).toEqual([{ line: 2, cells: ['1975-01-02', '12.5', '2000-01-01'] }]);
		const wb1904 = '<workbook><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
		const t1904 = await readTable(xlsxWith(sheet(rows), { sharedStrings, styles, workbook: wb1904 }), 'a.xlsx');
		expect(t1904.rows[0]!.cells[0]).toBe('1979-01-03');
	});

	it('refuses a DOCTYPE (no entity expansion), a broken zip and broken deflate data as unreadable', async () => {
		const doctype = Buffer.from('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>');
		expect((await appError(readTable(xlsxWith(doctype), 'a.xlsx'))).key).toBe('errors.import.unreadable');
		const good = xlsxWith(sheet('<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>'));
		expect((await appError(readTable(good.subarray(0, good.length - 30), 'a.xlsx'))).key).toBe('errors.import.unreadable');
		const corrupt = zipFile([{ name: 'xl/workbook.xml', data: { deflated: Buffer.from('this is not deflate data at all'), size: 10, crc: 0 } }]);
		expect((await appError(readTable(corrupt, 'a.xlsx'))).key).toBe('errors.import.unreadable');
	});

	it('refuses data in more than 256 columns', async () => {
		const e = await appError(readTable(xlsxWith(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="IW1" t="inlineStr"><is><t>b</t></is></c></row>')), 'a.xlsx'));
		expect(e.key).toBe('errors.import.too_many_columns');
	});
});

describe('readTable: decompression bombs are refused early', () => {
	it('refuses a sheet that declares 2,000 MiB before inflating anything', async () => {
		const bomb = xlsxBomb({ honest: true, shape: 'whitespace' });
		expect(bomb.length).toBeLessThan(3 * 2 ** 20);
		expect((await appError(readTable(bomb, 'bom.xlsx'))).key).toBe('errors.import.too_large');
	});

	it('stops a sheet that lies about its size once the bytes inflated pass the cap', async () => {
		expect((await appError(readTable(xlsxBomb({ shape: 'whitespace' }), 'bom.xlsx'))).key).toBe('errors.import.too_large');
	});

	it('stops a single cell of 2,000 MiB at Excel\'s 32,767 characters', async () => {
		expect((await appError(readTable(xlsxBomb({ shape: 'wide-cell' }), 'bom.xlsx'))).key).toBe('errors.import.too_large');
	});

	it('stops 600 MiB of rows at the row limit', async () => {
		const e = await appError(readTable(xlsxBomb({ shape: 'rows' }), 'bom.xlsx', { maxRows: 250_000 }));
		expect(e.key).toBe('errors.import.too_many_rows');
	});

	it('stops shared strings that inflate past their cap, and too many of them', async () => {
		const big = inflatingSheet('', ' '.repeat(2 ** 20), 100);
		const sstBomb = zipFile([
			{ name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>') },
			{ name: 'xl/sharedStrings.xml', data: big, declaredSize: 100 },
			{ name: 'xl/worksheets/sheet1.xml', data: sheet('<row r="1"><c t="s"><v>0</v></c></row>') }
		]);
		expect((await appError(readTable(sstBomb, 'a.xlsx'))).key).toBe('errors.import.too_large');
	});
});
