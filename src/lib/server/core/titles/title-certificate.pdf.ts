/**
 * A learning title's certificate ("Giấy công nhận") as a one-page A4 PDF: the national motto, the
 * commune, the title and year, the household or person, the decision (number, date, signer), and
 * a QR code of the public check at the bottom left. Be Vietnam Pro (TrueType), as for course
 * certificates; the same content renders to the same bytes.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cleanText, collectPdf, fonts, numericDate, registerFonts, vietnameseDateLine } from '../learning/certificate.pdf';

export interface TitleCertificateContent {
	title: string;
	holderName: string;
	villageName: string;
	communeName: string;
	year: number;
	decisionNumber: string;
	decidedOn: string;
	signer: string;
	code: string;
	verifyUrl: string;
}

const PAGE_W = 595.28;
const INK = '#1f2937';
const ACCENT = '#8b1a1a';

export async function renderTitleCertificatePdf(c: TitleCertificateContent): Promise<Buffer> {
	const url = new URL(c.verifyUrl).href;
	const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
	const [y, m, d] = c.decidedOn.split('-').map(Number) as [number, number, number];
	const doc = new PDFDocument({
		size: 'A4',
		margin: 0,
		lang: 'vi-VN',
		displayTitle: true,
		font: fonts().regular as unknown as string,
		info: { Title: `Giấy công nhận ${cleanText(c.title)} năm ${c.year}`, Author: cleanText(c.communeName), Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)', CreationDate: new Date(Date.UTC(y, m - 1, d)) }
	});
	registerFonts(doc);
	const done = collectPdf(doc);
	const left = 60;
	const width = PAGE_W - 2 * left;
	const center = (text: string, font: string, size: number, at?: number) => {
		doc.font(font).fontSize(size).text(cleanText(text), left, at ?? doc.y, { width, align: 'center' });
	};
	doc.rect(24, 24, PAGE_W - 48, 842 - 48).lineWidth(2).strokeColor(ACCENT).stroke();
	doc.fillColor(INK);
	center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12, 60);
	center('Độc lập - Tự do - Hạnh phúc', 'bold', 12);
	doc.moveDown(1.5);
	center(`ỦY BAN NHÂN DÂN ${c.communeName.toLocaleUpperCase('vi')}`, 'medium', 12);
	doc.moveDown(2);
	doc.fillColor(ACCENT);
	center('GIẤY CÔNG NHẬN', 'bold', 30);
	doc.moveDown(0.5);
	center(`${c.title.toLocaleUpperCase('vi')} NĂM ${c.year}`, 'bold', 18);
	doc.fillColor(INK);
	doc.moveDown(2);
	center('Công nhận', 'regular', 13);
	doc.moveDown(0.3);
	center(c.holderName, 'bold', 20);
	doc.moveDown(0.3);
	center(`${c.villageName}, ${c.communeName}`, 'regular', 13);
	doc.moveDown(1);
	center(`đạt danh hiệu “${c.title}” năm ${c.year}`, 'regular', 13);
	center(`theo Quyết định số ${c.decisionNumber} ngày ${numericDate(c.decidedOn)}.`, 'regular', 13);
	doc.moveDown(3);
	doc.font('italic').fontSize(12).text(cleanText(`${c.communeName.replace(/^(Xã|Phường|Thị trấn) /, '')}, ${vietnameseDateLine(c.decidedOn)}`), PAGE_W / 2, doc.y, { width: PAGE_W / 2 - left, align: 'center' });
	doc.font('bold').fontSize(12).text('TM. ỦY BAN NHÂN DÂN', PAGE_W / 2, doc.y + 4, { width: PAGE_W / 2 - left, align: 'center' });
	doc.moveDown(4);
	doc.font('bold').fontSize(13).text(cleanText(c.signer), PAGE_W / 2, doc.y, { width: PAGE_W / 2 - left, align: 'center' });
	doc.image(qr, left, 842 - 200, { width: 110 });
	doc.font('regular').fontSize(9).fillColor(INK).text(`Mã kiểm tra: ${c.code}`, left, 842 - 84, { width: 220 });
	doc.text(url, left, doc.y, { width: 260 });
	doc.end();
	return done;
}
