/**
 * A fund's yearly report ("Báo cáo thu chi quỹ năm …"), as the association sends it upward:
 * the opening balance, what came in (by way and by month), what went out (by purpose), money
 * moved with other funds, and the closing balance, which is the opening plus the year's net. As
 * an .xlsx (amounts as numbers) and an A4 PDF with the signature blocks.
 */
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { cleanText, collectPdf, fonts, registerFonts, vietnameseDateLine } from '../learning/certificate.pdf';

export interface FundReport {
	fundName: string;
	ownerLabel: string;
	unitName: string;
	year: number;
	opening: number;
	received: { label: string; amount: number }[];
	receivedByMonth: { month: number; amount: number }[];
	paid: { label: string; amount: number }[];
	moved: { fundName: string; amount: number }[];
	closing: number;
	/** YYYY-MM-DD the report was made */
	madeOn: string;
}

const sum = (xs: { amount: number }[]) => xs.reduce((n, x) => n + x.amount, 0);
const dong = (n: number) => n.toLocaleString('vi-VN');

/** The report's lines in order: [label, amount, bold?] — the same for the sheet and the PDF. */
export function reportLines(r: FundReport): [string, number | null, boolean][] {
	return [
		['I. Số dư đầu năm', r.opening, true],
		['II. Thu trong năm', sum(r.received), true],
		...r.received.map((x): [string, number, boolean] => [`    ${x.label}`, x.amount, false]),
		['III. Chi trong năm', sum(r.paid), true],
		...r.paid.map((x): [string, number, boolean] => [`    ${x.label}`, x.amount, false]),
		...(r.moved.length ? ([['IV. Chuyển với quỹ khác (+ nhận về, − chuyển đi)', sum(r.moved), true], ...r.moved.map((x): [string, number, boolean] => [`    ${x.fundName}`, x.amount, false])] as [string, number, boolean][]) : []),
		[`${r.moved.length ? 'V' : 'IV'}. Số dư cuối năm`, r.closing, true]
	];
}

export async function fundReportXlsx(r: FundReport): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet(`Năm ${r.year}`, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	ws.getColumn(1).width = 56;
	ws.getColumn(2).width = 20;
	const title = (row: number, text: string, bold = false, size = 11) => {
		ws.mergeCells(row, 1, row, 2);
		const c = ws.getCell(row, 1);
		c.value = text;
		c.font = { bold, size };
		c.alignment = { horizontal: 'center' };
	};
	title(1, r.fundName.toLocaleUpperCase('vi'), true);
	title(2, `${r.ownerLabel} · ${r.unitName}`);
	title(3, `BÁO CÁO THU CHI QUỸ NĂM ${r.year}`, true, 14);
	const head = ws.getRow(5);
	head.values = ['Nội dung', 'Số tiền (đồng)'];
	head.font = { bold: true };
	let row = 6;
	for (const [label, amount, bold] of reportLines(r)) {
		const x = ws.getRow(row++);
		x.values = [label, amount];
		x.getCell(2).numFmt = '#,##0';
		if (bold) x.font = { bold: true };
	}
	row++;
	ws.getRow(row++).values = ['Thu theo tháng', ''];
	ws.getRow(row - 1).font = { bold: true };
	for (const m of r.receivedByMonth) {
		const x = ws.getRow(row++);
		x.values = [`    Tháng ${m.month}/${r.year}`, m.amount];
		x.getCell(2).numFmt = '#,##0';
	}
	for (let i = 5; i < row; i++) for (const c of [1, 2]) ws.getCell(i, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
	ws.getRow(row + 1).values = [`Lập ngày ${r.madeOn.split('-').reverse().join('/')} từ sổ quỹ trên Suốt Đời.`];
	return Buffer.from(await wb.xlsx.writeBuffer());
}

const INK = '#1f2937';
const MUTED = '#4b5563';

export async function fundReportPdf(r: FundReport): Promise<Buffer> {
	const [y, m, d] = r.madeOn.split('-').map(Number) as [number, number, number];
	const doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'vi-VN', displayTitle: true, font: fonts().regular as unknown as string, info: { Title: `Báo cáo thu chi quỹ năm ${r.year} — ${cleanText(r.fundName)}`, Author: cleanText(r.fundName), Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)', CreationDate: new Date(Date.UTC(y, m - 1, d)) } });
	registerFonts(doc);
	const done = collectPdf(doc);
	const left = 56;
	const width = 595.28 - 2 * left;
	const half = width / 2 - 6;
	doc.fillColor(INK).font('bold').fontSize(10.5).text(cleanText(r.fundName).toLocaleUpperCase('vi'), left, 48, { width: half, align: 'center' });
	doc.font('regular').fontSize(10).text(cleanText(r.unitName), left, doc.y + 2, { width: half, align: 'center' });
	doc.font('bold').fontSize(10.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half + 12, 48, { width: half, align: 'center' });
	doc.text('Độc lập - Tự do - Hạnh phúc', left + half + 12, doc.y + 1, { width: half, align: 'center', underline: true });
	doc.font('bold').fontSize(16).text(`BÁO CÁO THU CHI QUỸ NĂM ${r.year}`, left, 130, { width, align: 'center' });
	doc.font('italic').fontSize(11).fillColor(MUTED).text(`${cleanText(r.ownerLabel)} · ${cleanText(r.unitName)}`, left, doc.y + 2, { width, align: 'center' });
	let yy = doc.y + 20;
	const rowH = 20;
	const amountW = 140;
	const line = (label: string, amount: number | null, bold: boolean) => {
		if (yy > 760) {
			doc.addPage();
			yy = 56;
		}
		doc.rect(left, yy, width, rowH).lineWidth(0.5).strokeColor('#9ca3af').stroke();
		doc.moveTo(left + width - amountW, yy).lineTo(left + width - amountW, yy + rowH).stroke();
		doc.fillColor(INK).font(bold ? 'bold' : 'regular').fontSize(11).text(label, left + 6, yy + 5, { width: width - amountW - 12, lineBreak: false, ellipsis: true });
		if (amount !== null) doc.text(dong(amount), left + width - amountW, yy + 5, { width: amountW - 6, align: 'right', lineBreak: false });
		yy += rowH;
	};
	line('Nội dung', null, true);
	doc.font('bold').fontSize(11).text('Số tiền (đồng)', left + width - amountW, yy - rowH + 5, { width: amountW - 6, align: 'right' });
	for (const [label, amount, bold] of reportLines(r)) line(label, amount, bold);
	yy += 12;
	if (r.receivedByMonth.length) {
		line('Thu theo tháng', null, true);
		for (const x of r.receivedByMonth) line(`    Tháng ${x.month}/${r.year}`, x.amount, false);
	}
	yy += 18;
	if (yy > 680) {
		doc.addPage();
		yy = 56;
	}
	doc.fillColor(INK).font('italic').fontSize(11).text(`${cleanText(r.unitName)}, ${vietnameseDateLine(r.madeOn)}`, left + half + 12, yy, { width: half, align: 'center' });
	yy = doc.y + 6;
	for (const [x, who] of [
		[left, 'NGƯỜI LẬP BIỂU'],
		[left + half + 12, 'CHỦ TỊCH HỘI / TRƯỞNG BAN']
	] as const) {
		doc.font('bold').fontSize(11).fillColor(INK).text(who, x, yy, { width: half, align: 'center' });
		doc.font('italic').fontSize(10).fillColor(MUTED).text('(Ký, ghi rõ họ tên)', x, doc.y + 1, { width: half, align: 'center' });
	}
	doc.font('regular').fontSize(8.5).fillColor(MUTED).text('Lập từ sổ quỹ trên Suốt Đời; mỗi khoản có mã kiểm tra trên trang công khai của quỹ.', left, 800, { width, align: 'center', lineBreak: false });
	doc.end();
	return done;
}
