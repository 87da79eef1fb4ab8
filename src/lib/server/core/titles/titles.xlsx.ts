/** The yearly summary of learning titles as .xlsx: a title block, one row per title, then one row per village. */
import ExcelJS from 'exceljs';

export async function titlesSummaryXlsx(s: { title: string; header: string[]; rows: (string | number)[][]; villageHeader: string[]; villageRows: (string | number)[][] }): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet('Tổng hợp', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	ws.mergeCells(1, 1, 1, s.header.length);
	ws.getCell(1, 1).value = s.title;
	ws.getCell(1, 1).font = { bold: true, size: 13 };
	ws.getRow(3).values = s.header;
	ws.getRow(3).font = { bold: true };
	s.rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
	ws.columns.forEach((c, i) => (c.width = i === 0 ? 24 : 16));
	const vs = wb.addWorksheet('Theo thôn');
	vs.getRow(1).values = s.villageHeader;
	vs.getRow(1).font = { bold: true };
	s.villageRows.forEach((r, i) => (vs.getRow(2 + i).values = r));
	vs.columns.forEach((c, i) => (c.width = i === 0 ? 28 : 14));
	const out = await wb.xlsx.writeBuffer();
	return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
