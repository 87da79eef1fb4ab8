/**
 * A sheet of copy labels to print and stick: A4, three across and eight down (the common 24-up
 * label sheet, 70 × 37 mm), each with the QR code of the copy's public address (what the keeper's
 * camera reads), the short code in large letters for typing, and the title.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cleanText, collectPdf, fonts, registerFonts } from '../learning/certificate.pdf';

export interface LabelSheet {
	shelfName: string;
	labels: { code: string; title: string; url: string }[];
}

const MM = 72 / 25.4;
const PAGE_H = 297 * MM;
const COLS = 3;
const ROWS = 8;
const CELL_W = 70 * MM;
const CELL_H = 37 * MM;
const TOP = (PAGE_H - ROWS * CELL_H) / 2;

export async function renderLabelsPdf(sheet: LabelSheet): Promise<Buffer> {
	const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, lang: 'vi-VN', font: fonts().regular as unknown as string, info: { Title: `Nhãn sách — ${cleanText(sheet.shelfName)}`, Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)', CreationDate: new Date(0) } });
	registerFonts(doc);
	const done = collectPdf(doc);
	const perPage = COLS * ROWS;
	if (!sheet.labels.length) {
		doc.addPage();
		doc.font('regular').fontSize(12).text('Tủ sách chưa có bản sách nào để in nhãn.', 40, 60);
	}
	for (let i = 0; i < sheet.labels.length; i++) {
		if (i % perPage === 0) doc.addPage();
		const l = sheet.labels[i]!;
		const col = i % COLS;
		const row = Math.floor((i % perPage) / COLS);
		const x = col * CELL_W;
		const y = TOP + row * CELL_H;
		const qr = await QRCode.toBuffer(l.url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
		const q = CELL_H - 6 * MM;
		doc.image(qr, x + 3 * MM, y + 3 * MM, { width: q, height: q });
		const tx = x + q + 5 * MM;
		const tw = CELL_W - q - 8 * MM;
		doc.fillColor('#111827').font('bold').fontSize(16).text(`${l.code.slice(0, 3)} ${l.code.slice(3)}`, tx, y + 5 * MM, { width: tw, characterSpacing: 1 });
		doc.font('regular').fontSize(8).fillColor('#374151').text(cleanText(l.title), tx, doc.y + 2, { width: tw, height: 14 * MM, ellipsis: true });
		doc.font('regular').fontSize(6.5).fillColor('#6b7280').text(cleanText(sheet.shelfName), tx, y + CELL_H - 7 * MM, { width: tw, height: 8, ellipsis: true, lineBreak: false });
	}
	doc.end();
	return done;
}
