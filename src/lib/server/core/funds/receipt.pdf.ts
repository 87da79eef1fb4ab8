/**
 * A donation's receipt ("Biên nhận ủng hộ") as a one-page A4 PDF, laid out after the receipts
 * study-promotion associations hand out: the fund's owner and the national motto at the top, the
 * number in the fund's year, who gave what and how, the amount, the date line and two signature
 * blocks (the giver, the one who received), and a QR code of the public verification page with
 * the book's check code at the bottom. A receipt whose donation was corrected says so across it.
 * The same content gives the same bytes (the creation date is the day received).
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cleanText, collectPdf, fonts, numericDate, parseIsoDate, registerFonts, vietnameseDateLine } from '../learning/certificate.pdf';
import { dongInWords } from '../../platform/money-words';

export interface ReceiptContent {
	/** "0042/2026" */
	number: string;
	fundName: string;
	/** the commune or village the fund sits in, for the header and the date line */
	unitName: string;
	/** the donor's name, or null for an anonymous gift */
	donorName: string | null;
	donorAddress?: string | null;
	amount: number;
	method: 'cash' | 'bank_transfer' | 'in_kind';
	item?: string | null;
	note?: string | null;
	/** YYYY-MM-DD */
	receivedOn: string;
	/** the donation's place in the book and its hash (the first 16 characters are printed) */
	seq: number;
	hash: string;
	verifyUrl: string;
	code: string;
	/** YYYY-MM-DD of the correction that voided the donation, if any */
	voidedOn?: string | null;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const INK = '#1f2937';
const MUTED = '#4b5563';
const ACCENT = '#8b1a1a';

const METHOD: Record<ReceiptContent['method'], string> = { cash: 'Tiền mặt', bank_transfer: 'Chuyển khoản', in_kind: 'Hiện vật' };

/** "1.500.000 đồng" */
export const dongText = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

export async function renderReceiptPdf(c: ReceiptContent): Promise<Buffer> {
	const received = parseIsoDate(c.receivedOn, 'receivedOn');
	const url = new URL(c.verifyUrl).href;
	const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
	const doc = new PDFDocument({
		size: 'A4',
		margin: 0,
		lang: 'vi-VN',
		displayTitle: true,
		font: fonts().regular as unknown as string,
		info: { Title: `Biên nhận ${c.number}`, Author: cleanText(c.fundName), Subject: 'Biên nhận ủng hộ quỹ khuyến học', Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)', CreationDate: new Date(Date.UTC(received.y, received.m - 1, received.d)) }
	});
	registerFonts(doc);
	const done = collectPdf(doc);
	const left = 56;
	const width = PAGE_W - 2 * left;
	const half = width / 2 - 6;

	// header: the owner at the left, the national motto at the right
	doc.fillColor(INK).font('bold').fontSize(10.5).text(cleanText(c.fundName).toLocaleUpperCase('vi'), left, 48, { width: half, align: 'center' });
	doc.font('regular').fontSize(10).text(cleanText(c.unitName), left, doc.y + 2, { width: half, align: 'center' });
	doc.font('bold').fontSize(10.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half + 12, 48, { width: half, align: 'center' });
	doc.text('Độc lập - Tự do - Hạnh phúc', left + half + 12, doc.y + 1, { width: half, align: 'center', underline: true });

	let y = 140;
	doc.fillColor(ACCENT).font('bold').fontSize(22).text('BIÊN NHẬN', left, y, { width, align: 'center', characterSpacing: 1 });
	doc.fillColor(MUTED).font('italic').fontSize(12).text('Ủng hộ quỹ khuyến học, khuyến tài', left, doc.y + 2, { width, align: 'center' });
	doc.fillColor(INK).font('regular').fontSize(12).text(`Số: ${c.number}`, left, doc.y + 6, { width, align: 'center' });

	y = doc.y + 26;
	const line = (label: string, value: string, bold = false) => {
		doc.font('regular').fontSize(12.5).fillColor(INK).text(`${label}: `, left, y, { continued: true, width });
		doc.font(bold ? 'bold' : 'regular').text(cleanText(value), { width });
		y = doc.y + 8;
	};
	line('Quỹ nhận', c.fundName);
	line('Đã nhận của', c.donorName ?? 'Người ủng hộ giấu tên', true);
	if (c.donorAddress) line('Địa chỉ', c.donorAddress);
	line('Hình thức', c.method === 'in_kind' && c.item ? `${METHOD[c.method]}: ${c.item}` : METHOD[c.method]);
	line(c.method === 'in_kind' ? 'Trị giá' : 'Số tiền', dongText(c.amount), true);
	line('Bằng chữ', dongInWords(c.amount));
	line('Ngày nhận', numericDate(c.receivedOn, 'receivedOn'));
	if (c.note) line('Nội dung', c.note);
	doc.font('italic').fontSize(11).fillColor(MUTED).text('Quỹ trân trọng cảm ơn tấm lòng của quý vị đối với sự nghiệp khuyến học, khuyến tài của địa phương.', left, y + 4, { width });
	y = doc.y + 26;

	// the date line and the two signatures
	doc.fillColor(INK).font('italic').fontSize(12).text(`${cleanText(c.unitName)}, ${vietnameseDateLine(c.receivedOn)}`, left + half + 12, y, { width: half, align: 'center' });
	y = doc.y + 6;
	for (const [x, who] of [
		[left, 'NGƯỜI NỘP'],
		[left + half + 12, 'NGƯỜI NHẬN']
	] as const) {
		doc.font('bold').fontSize(12).fillColor(INK).text(who, x, y, { width: half, align: 'center' });
		doc.font('italic').fontSize(10.5).fillColor(MUTED).text('(Ký, ghi rõ họ tên)', x, doc.y + 1, { width: half, align: 'center' });
	}

	// verification at the bottom: the QR code, the address, the code and the book's check code
	const qrSize = 96;
	const qrY = PAGE_H - 60 - qrSize;
	doc.image(qr, left, qrY, { width: qrSize, height: qrSize });
	const capX = left + qrSize + 12;
	const capW = width - qrSize - 12;
	doc.fillColor(MUTED).font('regular').fontSize(9.5).text('Quét mã để kiểm tra biên nhận này trên trang công khai của quỹ:', capX, qrY + 8, { width: capW });
	doc.fillColor(INK).font('medium').fontSize(9).text(url, capX, doc.y + 2, { width: capW });
	doc.fillColor(MUTED).font('regular').fontSize(9.5).text(`Mã biên nhận: ${c.code} · Bút toán số ${c.seq} trong sổ quỹ · Mã kiểm tra: ${c.hash.slice(0, 16)}`, capX, doc.y + 4, { width: capW });

	if (c.voidedOn) {
		doc.save();
		doc.rotate(-30, { origin: [PAGE_W / 2, PAGE_H / 2] });
		doc.fillColor(ACCENT).opacity(0.25).font('bold').fontSize(64).text('ĐÃ HỦY', 0, PAGE_H / 2 - 40, { width: PAGE_W, align: 'center' });
		doc.restore();
		doc.fillColor(ACCENT).font('bold').fontSize(11).text(`Khoản ủng hộ này đã được điều chỉnh ngày ${numericDate(c.voidedOn, 'voidedOn')}; biên nhận không còn giá trị.`, left, qrY - 30, { width });
	}
	doc.end();
	return done;
}
