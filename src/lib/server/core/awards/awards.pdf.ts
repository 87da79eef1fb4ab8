/**
 * The award list as a printable A4 PDF, laid out like the paper lists read out at the ceremony
 * and signed on receipt: the fund, the title, the commune and school year, a table (STT, Họ và
 * tên, Thành tích, Mức thưởng, Số tiền, Ký nhận) repeated on every page, the total, and the
 * signature block of the one who made the list. Fonts: Be Vietnam Pro (see certificate.pdf.ts).
 */
import PDFDocument from 'pdfkit';
import { fonts } from '../learning/certificate.pdf';
import type { AwardList } from './awards.xlsx';

const COLUMNS = [
	{ title: 'STT', width: 30, align: 'center' },
	{ title: 'Họ và tên', width: 120, align: 'left' },
	{ title: 'Thành tích', width: 130, align: 'left' },
	{ title: 'Mức thưởng', width: 105, align: 'left' },
	{ title: 'Số tiền (đồng)', width: 70, align: 'right' },
	{ title: 'Ký nhận', width: 60, align: 'left' }
] as const;
const PAD = 4;

const money = (n: number) => n.toLocaleString('vi-VN');

export function awardListPdf(a: AwardList & { madeOn: string }): Promise<Buffer> {
	const f = fonts();
	const doc = new PDFDocument({ size: 'A4', margins: { top: 40, bottom: 40, left: 40, right: 40 }, info: { Title: `Danh sách khen thưởng — ${a.fundName}`, Author: 'Suốt Đời', CreationDate: new Date(`${a.madeOn}T00:00:00Z`) } });
	doc.registerFont('regular', f.regular);
	doc.registerFont('bold', f.bold);
	doc.registerFont('italic', f.italic);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
	const left = doc.page.margins.left;
	const width = COLUMNS.reduce((t, c) => t + c.width, 0);
	const bottom = () => doc.page.height - doc.page.margins.bottom;

	doc.font('bold').fontSize(11).text(a.fundName.toUpperCase(), left, 40, { width, align: 'center' });
	doc.moveDown(0.6).fontSize(15).text('DANH SÁCH KHEN THƯỞNG', { width, align: 'center' });
	doc.moveDown(0.3).font('regular').fontSize(11).text(`${a.unitName}${a.schoolYear ? ` — Năm học ${a.schoolYear}` : ''}`, { width, align: 'center' });
	doc.moveDown(1);

	const row = (cells: string[], font: 'regular' | 'bold') => {
		doc.font(font).fontSize(9.5);
		const h = Math.max(22, ...cells.map((c, i) => doc.heightOfString(c, { width: COLUMNS[i]!.width - 2 * PAD }) + 2 * PAD));
		if (doc.y + h > bottom()) {
			doc.addPage();
			doc.y = doc.page.margins.top;
			if (font === 'regular') head();
			doc.font(font).fontSize(9.5);
		}
		const y = doc.y;
		let x = left;
		cells.forEach((c, i) => {
			const col = COLUMNS[i]!;
			doc.rect(x, y, col.width, h).lineWidth(0.5).stroke();
			doc.text(c, x + PAD, y + PAD, { width: col.width - 2 * PAD, align: col.align });
			x += col.width;
		});
		doc.y = y + h;
	};
	const head = () => row(COLUMNS.map((c) => c.title), 'bold');
	head();
	a.awards.forEach((w, i) => row([String(i + 1), w.name, w.achievement, w.rule, money(w.amount), ''], 'regular'));
	row(['', 'Tổng cộng', `${a.awards.length} người`, '', money(a.awards.reduce((t, w) => t + w.amount, 0)), ''], 'bold');

	if (doc.y + 90 > bottom()) doc.addPage();
	const [y, m, d] = a.madeOn.split('-');
	const sign = left + width - 220;
	doc.font('italic').fontSize(10).text(`Ngày ${d} tháng ${m} năm ${y}`, sign, doc.y + 16, { width: 220, align: 'center' });
	doc.font('bold').fontSize(11).text('NGƯỜI LẬP DANH SÁCH', sign, doc.y + 4, { width: 220, align: 'center' });
	doc.font('italic').fontSize(9).text('(Ký, ghi rõ họ tên)', sign, doc.y + 2, { width: 220, align: 'center' });
	doc.end();
	return done;
}
