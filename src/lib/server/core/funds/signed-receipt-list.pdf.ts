/**
 * The signed-receipt list of a scholarship round (danh sách ký nhận) as an A4 landscape PDF, as
 * printed for an award ceremony: the association and the fund at the top left, the national motto
 * at the top right, the title and the round, a ruled table (STT, họ và tên, lớp, trường, thôn, số
 * tiền, a blank to sign) repeated with its heading on every page, the total in figures and in
 * words, the place-and-date line and the signatures of the preparer and the chair.
 */
import PDFDocument from 'pdfkit';
import { formatDong } from '../../../format';
import { dongInWords } from '../../platform/money-words';
import { cleanText, collectPdf, registerFonts, vietnameseDateLine } from '../learning/certificate.pdf';
import { RECEIPT_COLUMNS, RECEIPT_TITLE, totalOf, type ReceiptList } from './signed-receipt-list.xlsx';

const PAGE_W = 841.89;
const PAGE_H = 595.28;
const MARGIN = 36;
/** column widths in points (they fill the page between the margins) */
const WIDTHS = [34, 190, 50, 170, 110, 90, 125.89];
const ROW_H = 26;
const INK = '#111827';

export async function signedReceiptListPdf(l: ReceiptList): Promise<Buffer> {
	const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: `${RECEIPT_TITLE} — ${l.roundName}`, Author: l.issuer, Creator: 'Suốt Đời', CreationDate: new Date(`${l.date}T00:00:00Z`) } });
	const done = collectPdf(doc);
	registerFonts(doc);
	doc.fillColor(INK);
	const half = (PAGE_W - 2 * MARGIN) / 2;
	const center = (text: string, x: number, y: number, w: number, font: string, size: number) => doc.font(font).fontSize(size).text(cleanText(text), x, y, { width: w, align: 'center' });

	// heading: the issuer on the left, the national motto on the right
	center(l.issuer.toUpperCase(), MARGIN, MARGIN, half - 40, 'bold', 11);
	center(l.fundName, MARGIN, MARGIN + 16, half - 40, 'regular', 10);
	center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', MARGIN + half, MARGIN, half, 'bold', 11);
	center('Độc lập - Tự do - Hạnh phúc', MARGIN + half, MARGIN + 16, half, 'bold', 11);
	doc.moveTo(MARGIN + half + half / 2 - 70, MARGIN + 32).lineTo(MARGIN + half + half / 2 + 70, MARGIN + 32).lineWidth(0.6).stroke();
	center(RECEIPT_TITLE, MARGIN, MARGIN + 56, PAGE_W - 2 * MARGIN, 'bold', 16);
	center(`${l.roundName} — năm học ${l.schoolYear}`, MARGIN, MARGIN + 80, PAGE_W - 2 * MARGIN, 'italic', 11);

	let y = MARGIN + 108;
	const cell = (text: string, col: number, yy: number, font: string, align: 'left' | 'center' | 'right') => {
		const x = MARGIN + WIDTHS.slice(0, col).reduce((a, b) => a + b, 0);
		doc.font(font).fontSize(10).text(cleanText(text), x + 4, yy + 8, { width: WIDTHS[col]! - 8, align, lineBreak: false, ellipsis: true, height: ROW_H - 8 });
	};
	const rule = (yy: number, h: number) => {
		let x = MARGIN;
		for (const w of WIDTHS) {
			doc.rect(x, yy, w, h).lineWidth(0.5).stroke();
			x += w;
		}
	};
	const heading = () => {
		rule(y, ROW_H);
		RECEIPT_COLUMNS.forEach((c, i) => cell(c, i, y, 'bold', 'center'));
		y += ROW_H;
	};
	heading();
	l.rows.forEach((r, i) => {
		if (y + ROW_H > PAGE_H - MARGIN) {
			doc.addPage({ size: 'A4', layout: 'landscape', margin: MARGIN });
			y = MARGIN;
			heading();
		}
		rule(y, ROW_H);
		cell(String(i + 1), 0, y, 'regular', 'center');
		cell(r.name, 1, y, 'regular', 'left');
		cell(r.className, 2, y, 'regular', 'center');
		cell(r.school, 3, y, 'regular', 'left');
		cell(r.village, 4, y, 'regular', 'left');
		cell(formatDong(r.amount).replace(' đ', ''), 5, y, 'regular', 'right');
		y += ROW_H;
	});
	if (y + ROW_H > PAGE_H - MARGIN) {
		doc.addPage({ size: 'A4', layout: 'landscape', margin: MARGIN });
		y = MARGIN;
	}
	// the total, across the first five columns
	const five = WIDTHS.slice(0, 5).reduce((a, b) => a + b, 0);
	doc.rect(MARGIN, y, five, ROW_H).stroke();
	doc.rect(MARGIN + five, y, WIDTHS[5]!, ROW_H).stroke();
	doc.rect(MARGIN + five + WIDTHS[5]!, y, WIDTHS[6]!, ROW_H).stroke();
	doc.font('bold').fontSize(10).text('Tổng cộng', MARGIN, y + 8, { width: five, align: 'center' });
	cell(formatDong(totalOf(l)).replace(' đ', ''), 5, y, 'bold', 'right');
	y += ROW_H + 10;

	// the words, the date and the signatures need about 150 points
	if (y + 150 > PAGE_H - MARGIN) {
		doc.addPage({ size: 'A4', layout: 'landscape', margin: MARGIN });
		y = MARGIN;
	}
	doc.font('regular').fontSize(11).text(cleanText(`Tổng số: ${l.rows.length} học sinh. Số tiền bằng chữ: ${dongInWords(totalOf(l))}.`), MARGIN, y, { width: PAGE_W - 2 * MARGIN });
	y += 30;
	center(`${l.placeName}, ${vietnameseDateLine(l.date)}`, MARGIN + half, y, half, 'italic', 11);
	y += 20;
	center('NGƯỜI LẬP BIỂU', MARGIN, y, half, 'bold', 11);
	center(l.chairTitle, MARGIN + half, y, half, 'bold', 11);
	y += 16;
	center('(Ký, ghi rõ họ tên)', MARGIN, y, half, 'italic', 10);
	center('(Ký, ghi rõ họ tên, đóng dấu)', MARGIN + half, y, half, 'italic', 10);
	doc.end();
	return done;
}
