/**
 * The signed-receipt list of a scholarship round (danh sách ký nhận) as a spreadsheet, laid out as
 * printed for an award ceremony: the association and the fund, the round, the title, one row per
 * pupil (STT, họ và tên, lớp, trường, thôn, số tiền, an empty cell to sign), the total in figures
 * and in words, the place-and-date line and the two signatures. A4 landscape, one page wide.
 */
import ExcelJS from 'exceljs';
import { dongInWords } from '../../platform/money-words';
import { vietnameseDateLine } from '../learning/certificate.pdf';

export interface ReceiptList {
	/** "Hội Khuyến học Xã Quang Minh" */
	issuer: string;
	fundName: string;
	roundName: string;
	schoolYear: string;
	/** for the "…, ngày dd tháng mm năm yyyy" line */
	placeName: string;
	/** YYYY-MM-DD */
	date: string;
	/** "CHỦ TỊCH HỘI" or "TRƯỞNG BAN" */
	chairTitle: string;
	rows: { name: string; className: string; school: string; village: string; amount: number }[];
}

export const RECEIPT_TITLE = 'DANH SÁCH HỌC SINH NHẬN HỌC BỔNG';
export const RECEIPT_COLUMNS = ['STT', 'Họ và tên', 'Lớp', 'Trường', 'Thôn', 'Số tiền (đ)', 'Ký nhận'] as const;
export const totalOf = (l: ReceiptList) => l.rows.reduce((a, r) => a + r.amount, 0);

export async function signedReceiptListXlsx(l: ReceiptList): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet('Danh sách ký nhận', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '7:7' } });
	const width = RECEIPT_COLUMNS.length;
	const line = (row: number, text: string, opts: { bold?: boolean; size?: number; italic?: boolean; from?: number; to?: number } = {}) => {
		ws.mergeCells(row, opts.from ?? 1, row, opts.to ?? width);
		const c = ws.getCell(row, opts.from ?? 1);
		c.value = text;
		c.font = { bold: opts.bold ?? false, italic: opts.italic ?? false, size: opts.size ?? 11 };
		c.alignment = { horizontal: 'center', wrapText: true };
	};
	line(1, l.issuer.toUpperCase(), { bold: true, from: 1, to: 3 });
	line(1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, from: 4, to: width });
	line(2, l.fundName, { from: 1, to: 3 });
	line(2, 'Độc lập - Tự do - Hạnh phúc', { bold: true, from: 4, to: width });
	line(4, RECEIPT_TITLE, { bold: true, size: 14 });
	line(5, `${l.roundName} — năm học ${l.schoolYear}`, { italic: true });
	const head = ws.getRow(7);
	head.values = [...RECEIPT_COLUMNS];
	head.font = { bold: true };
	head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	l.rows.forEach((r, i) => {
		const row = ws.getRow(8 + i);
		row.values = [i + 1, r.name, r.className, r.school, r.village, r.amount, ''];
		row.height = 24;
		row.alignment = { vertical: 'middle' };
		row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
		row.getCell(6).numFmt = '#,##0';
	});
	const totalRow = 8 + l.rows.length;
	ws.mergeCells(totalRow, 1, totalRow, 5);
	ws.getCell(totalRow, 1).value = 'Tổng cộng';
	ws.getCell(totalRow, 1).font = { bold: true };
	ws.getCell(totalRow, 1).alignment = { horizontal: 'center' };
	ws.getCell(totalRow, 6).value = totalOf(l);
	ws.getCell(totalRow, 6).numFmt = '#,##0';
	ws.getCell(totalRow, 6).font = { bold: true };
	for (let r = 7; r <= totalRow; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
	line(totalRow + 2, `Tổng số: ${l.rows.length} học sinh. Số tiền bằng chữ: ${dongInWords(totalOf(l))}.`, { italic: true });
	ws.getCell(totalRow + 2, 1).alignment = { horizontal: 'left', wrapText: true };
	line(totalRow + 4, `${l.placeName}, ${vietnameseDateLine(l.date)}`, { italic: true, from: 5, to: width });
	line(totalRow + 5, 'NGƯỜI LẬP BIỂU', { bold: true, from: 1, to: 3 });
	line(totalRow + 5, l.chairTitle, { bold: true, from: 5, to: width });
	line(totalRow + 6, '(Ký, ghi rõ họ tên)', { italic: true, from: 1, to: 3 });
	line(totalRow + 6, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true, from: 5, to: width });
	[5, 28, 8, 26, 18, 14, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
	return Buffer.from(await wb.xlsx.writeBuffer());
}
