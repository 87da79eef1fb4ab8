/**
 * The award list as it is printed for the ceremony and signed for on receipt: a title block, one
 * row per award (STT, Họ và tên, Thành tích, Mức thưởng, Số tiền, Ký nhận), the total in đồng.
 */
import ExcelJS from 'exceljs';

export interface AwardList {
	fundName: string;
	unitName: string;
	schoolYear: string | null;
	awards: { name: string; achievement: string; rule: string; amount: number; paid: boolean }[];
}

export async function awardListXlsx(a: AwardList): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet('Danh sách khen thưởng', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	const width = 6;
	const title = (row: number, text: string, bold = false, size = 11) => {
		ws.mergeCells(row, 1, row, width);
		const c = ws.getCell(row, 1);
		c.value = text;
		c.font = { bold, size };
		c.alignment = { horizontal: 'center', wrapText: true };
	};
	title(1, a.fundName.toUpperCase(), true);
	title(2, 'DANH SÁCH KHEN THƯỞNG', true, 14);
	title(3, `${a.unitName}${a.schoolYear ? ` — Năm học ${a.schoolYear}` : ''}`);
	const head = ws.getRow(5);
	head.values = ['STT', 'Họ và tên', 'Thành tích', 'Mức thưởng', 'Số tiền (đồng)', 'Ký nhận'];
	head.font = { bold: true };
	head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	a.awards.forEach((w, i) => {
		const row = ws.getRow(6 + i);
		row.values = [i + 1, w.name, w.achievement, w.rule, w.amount, ''];
		row.alignment = { vertical: 'middle', wrapText: true };
		row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
		row.getCell(5).numFmt = '#,##0';
		row.height = 30;
	});
	const totalRow = ws.getRow(6 + a.awards.length);
	totalRow.values = ['', 'Tổng cộng', '', '', a.awards.reduce((t, w) => t + w.amount, 0), ''];
	totalRow.font = { bold: true };
	totalRow.getCell(5).numFmt = '#,##0';
	const last = 6 + a.awards.length;
	for (let r = 5; r <= last; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
	[5, 26, 28, 26, 15, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
	ws.getCell(last + 2, 4).value = 'Người lập danh sách';
	ws.getCell(last + 2, 4).font = { bold: true };
	return Buffer.from(await wb.xlsx.writeBuffer());
}
