/**
 * A one-page A4 handout for the demo's PDF lesson, drawn at seed time in the certificate's font
 * (so Vietnamese renders without any file shipped in the repository).
 */
import PDFDocument from 'pdfkit';
import { collectPdf, fonts, registerFonts } from '../certificate.pdf';

export interface Handout {
	title: string;
	intro: string;
	points: string[];
	footer: string;
}

export async function renderHandoutPdf(h: Handout): Promise<Buffer> {
	const doc = new PDFDocument({
		size: 'A4',
		margin: 56,
		lang: 'vi-VN',
		displayTitle: true,
		font: fonts().regular as unknown as string,
		info: { Title: h.title, Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)', CreationDate: new Date(Date.UTC(2026, 0, 1)) }
	});
	registerFonts(doc);
	const done = collectPdf(doc);
	doc.font('bold').fontSize(18).fillColor('#14532d').text(h.title, { align: 'center' });
	doc.moveDown(1);
	doc.font('regular').fontSize(12).fillColor('#111827').text(h.intro, { align: 'justify' });
	doc.moveDown(0.8);
	h.points.forEach((p, i) => {
		doc.font('bold').text(`${i + 1}. `, { continued: true }).font('regular').text(p, { align: 'left' });
		doc.moveDown(0.4);
	});
	doc.moveDown(1);
	doc.font('regular').fontSize(10).fillColor('#4b5563').text(h.footer, { align: 'center' });
	doc.end();
	return done;
}
