/**
 * A completion certificate ("Giấy chứng nhận hoàn thành khóa học") as a one-page PDF.
 *
 * A4 landscape, laid out after Vietnamese official papers: the national motto at the top, the
 * organiser, the title, the learner and the course, the place-and-date line and a signature block
 * for the director, and a QR code of the public verification address at the bottom left.
 *
 * Fonts: Be Vietnam Pro as TrueType (the built-in Helvetica cannot draw Vietnamese, and WOFF2
 * files embed but render blank). They are resolved through Node's module resolution so that the
 * same code works under Vitest and from the built server, where node_modules is present.
 *
 * The output depends only on the content (the creation date is the issue date), so rendering the
 * same certificate twice gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificateContent {
	/** e.g. "TTHTCĐ-TT/2026/0007" (sequence per centre and year) */
	number: string;
	learnerName: string;
	/** the holder's gender when known ('female' | 'male' | 'other'): "ông" or "bà"; "ông/bà" otherwise */
	gender?: string | null;
	/** a child on the day of issue (under 16): addressed as "em", whatever the gender */
	child?: boolean;
	/** YYYY-MM-DD; printed as dd/mm/yyyy */
	birthDate?: string | null;
	courseTitle: string;
	hours: number;
	/** what is certified: a course (the default) or a reading challenge, whose books are counted */
	kind?: 'course' | 'reading_challenge';
	books?: number | null;
	orgName: string;
	/** who signs, in capitals ("GIÁM ĐỐC" unless said) */
	signer?: string;
	/** for the "…, ngày dd tháng mm năm yyyy" line */
	placeName: string;
	/** YYYY-MM-DD */
	issuedOn: string;
	/** https://…/verify/<code>; must be (or become, via URL encoding) ASCII */
	verifyUrl: string;
	/** the verification code printed under the QR code */
	code: string;
}

const FONT_FILES = {
	regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
	medium: '@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf',
	bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
	italic: '@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf'
} as const;
export type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, Buffer> | null = null;
/** Be Vietnam Pro's TrueType files, read once. */
export function fonts(): Record<FontName, Buffer> {
	if (!fontCache) {
		const require = createRequire(import.meta.url);
		const read = (name: FontName) => readFileSync(require.resolve(FONT_FILES[name]));
		fontCache = { regular: read('regular'), medium: read('medium'), bold: read('bold'), italic: read('italic') };
	}
	return fontCache;
}

/** Registers Be Vietnam Pro on the document as the fonts 'regular', 'medium', 'bold' and 'italic'. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
	for (const [name, data] of Object.entries(fonts())) doc.registerFont(name, data);
}

/** The document's bytes, once doc.end() has been called. Attach before drawing. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
	const chunks: Buffer[] = [];
	return new Promise<Buffer>((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
}

/** Text as it is printed: NFC (so that precomposed Vietnamese letters are drawn), whitespace collapsed. */
export const cleanText = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string, field: string): { y: number; m: number; d: number } {
	const match = ISO_DATE.exec(value);
	const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
	const date = new Date(Date.UTC(y, m - 1, d));
	if (!match || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		throw new RangeError(`${field} must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
	}
	return { y, m, d };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "04/03/1958": the dd/mm/yyyy of Vietnamese paperwork, for a date written YYYY-MM-DD. */
export function numericDate(isoDate: string, field = 'date'): string {
	const { y, m, d } = parseIsoDate(isoDate, field);
	return `${pad2(d)}/${pad2(m)}/${y}`;
}

/**
 * "ngày 29 tháng 11 năm 2026". As on official papers (Nghị định 30/2020/NĐ-CP), days below 10
 * and the months 1 and 2 take a leading zero: "ngày 05 tháng 01", but "tháng 3".
 */
export function vietnameseDateLine(isoDate: string): string {
	const { y, m, d } = parseIsoDate(isoDate, 'date');
	return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** How the holder is addressed: "em" (a child), "ông" (a man), "bà" (a woman), "ông/bà" when not known or neither. */
export function honorific(gender: string | null | undefined, child = false): string {
	if (child) return 'em';
	return gender === 'male' ? 'ông' : gender === 'female' ? 'bà' : 'ông/bà';
}

/** "1,5": hours with a decimal comma, to two places at most. */
export function formatHours(hours: number): string {
	if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a non-negative number, got ${hours}`);
	// Vietnamese writes a decimal comma: 1,5 giờ
	return String(Math.round(hours * 100) / 100).replace('.', ',');
}

/** The URL as it goes into the QR code: ASCII only (punycode host, percent-encoded path). */
function asciiUrl(url: string): string {
	const href = new URL(url).href;
	if (!/^[\x21-\x7e]+$/.test(href)) throw new RangeError(`verifyUrl is not ASCII: ${JSON.stringify(url)}`);
	return href;
}

// A4 landscape in points
const PAGE_W = 841.89;
const PAGE_H = 595.28;

/** Be Vietnam Pro's vertical metrics (hhea: ascender 1000, descender -265, no line gap, per 1000 em) */
const ASCENT_PER_EM = 1;
const LINE_HEIGHT_PER_EM = 1.265;

const INK = '#1f2937';
const ACCENT = '#8b1a1a';
const MUTED = '#4b5563';

export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
	const nfc = cleanText;
	const content = {
		number: nfc(c.number),
		learnerName: nfc(c.learnerName),
		courseTitle: nfc(c.courseTitle),
		orgName: nfc(c.orgName),
		placeName: nfc(c.placeName),
		code: nfc(c.code)
	};
	const issued = parseIsoDate(c.issuedOn, 'issuedOn');
	const dateLine = `${content.placeName}, ${vietnameseDateLine(c.issuedOn)}`;
	const birth = c.birthDate ? numericDate(c.birthDate, 'birthDate') : null;
	const hours = formatHours(c.hours);
	const verifyUrl = asciiUrl(c.verifyUrl);
	const reading = c.kind === 'reading_challenge';

	const qrPng = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });

	const doc = new PDFDocument({
		size: 'A4',
		layout: 'landscape',
		margin: 0,
		lang: 'vi-VN',
		displayTitle: true,
		font: fonts().regular as unknown as string, // pdfkit accepts a Buffer here; avoids loading Helvetica
		info: {
			Title: `Giấy chứng nhận ${content.number}`,
			Author: content.orgName,
			Subject: `${reading ? 'Hoàn thành thử thách đọc sách' : 'Hoàn thành khóa học'}: ${content.courseTitle}`,
			Creator: 'Suốt Đời',
			Producer: 'Suốt Đời (PDFKit)',
			// the issue date, so that the same certificate renders to the same bytes
			CreationDate: new Date(Date.UTC(issued.y, issued.m - 1, issued.d))
		}
	});
	registerFonts(doc);
	const done = collectPdf(doc);

	drawBorder(doc);

	const left = 70;
	const width = PAGE_W - 2 * left;
	const center = (text: string, font: FontName, size: number, y: number, opts: PDFKit.Mixins.TextOptions = {}) => {
		doc.font(font).fontSize(size).text(text, left, y, { width, align: 'center', ...opts });
		return doc.y;
	};

	// national motto ("quốc hiệu" and "tiêu ngữ"), the latter underlined with a rule its own length
	doc.fillColor(INK);
	let y = center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 13, 46);
	const motto = 'Độc lập - Tự do - Hạnh phúc';
	y = center(motto, 'bold', 13, y + 1);
	doc.font('bold').fontSize(13);
	const mottoW = doc.widthOfString(motto);
	doc.moveTo(PAGE_W / 2 - mottoW / 2, y + 2).lineTo(PAGE_W / 2 + mottoW / 2, y + 2).lineWidth(0.7).strokeColor(INK).stroke();

	y = center(content.orgName.toLocaleUpperCase('vi'), 'medium', 12, y + 16, { lineGap: 1 });

	doc.fillColor(ACCENT);
	y = center('GIẤY CHỨNG NHẬN', 'bold', 34, y + 12, { characterSpacing: 1.5 });
	doc.fillColor(MUTED);
	y = center(reading ? 'Hoàn thành thử thách đọc sách' : 'Hoàn thành khóa học', 'italic', 15, y - 2);

	// the learner
	doc.fillColor(INK);
	y = labelValue(doc, `Chứng nhận ${honorific(c.gender, c.child)}: `, content.learnerName, 14, 22, y + 16, left, width);
	if (birth) {
		y = labelValue(doc, 'Ngày sinh: ', birth, 13, 13, y + 4, left, width);
	}

	// the course: the title on its own lines, wrapped and centred; a long one is set smaller
	// (three lines at 15 pt and up, four below), and only one too long even at 11 pt is cut short
	y = center(reading ? 'Đã hoàn thành thử thách đọc sách:' : 'Đã hoàn thành khóa học:', 'regular', 13, y + 8);
	const titleWidth = width - 60;
	const titleBox = (size: number) => size * LINE_HEIGHT_PER_EM * (size >= 15 ? 3 : 4) + 1;
	let titleSize = 17;
	doc.font('bold');
	while (titleSize > 11 && doc.fontSize(titleSize).heightOfString(content.courseTitle, { width: titleWidth }) > titleBox(titleSize)) {
		titleSize -= 1;
	}
	doc.fillColor(ACCENT);
	doc.font('bold').fontSize(titleSize).text(content.courseTitle, left + 30, y + 3, {
		width: titleWidth,
		align: 'center',
		height: titleBox(titleSize),
		ellipsis: true
	});
	y = doc.y;
	doc.fillColor(INK);
	y = reading ? labelValue(doc, 'Số sách đã đọc: ', `${c.books ?? 0} cuốn`, 13, 13, y + 6, left, width) : labelValue(doc, 'Thời lượng: ', `${hours} giờ`, 13, 13, y + 6, left, width);
	y = labelValue(doc, 'Số: ', content.number, 12, 12, y + 2, left, width);

	// bottom: verification at the left, signature block at the right
	const bottomTop = Math.max(y + 14, 410);
	const sigLeft = PAGE_W - 60 - 300;
	const sigWidth = 300;
	doc.fillColor(INK).font('italic').fontSize(13).text(dateLine, sigLeft, bottomTop, { width: sigWidth, align: 'center' });
	doc.font('bold').fontSize(13).text(nfc(c.signer ?? 'GIÁM ĐỐC'), sigLeft, doc.y + 4, { width: sigWidth, align: 'center' });
	doc.fillColor(MUTED).font('italic').fontSize(11).text('(Ký, ghi rõ họ tên, đóng dấu)', sigLeft, doc.y + 1, {
		width: sigWidth,
		align: 'center'
	});

	const qrSize = 92;
	const qrX = 58;
	const qrY = PAGE_H - 52 - qrSize;
	doc.image(qrPng, qrX, qrY, { width: qrSize, height: qrSize });
	const capX = qrX + qrSize + 10;
	const capW = sigLeft - capX - 20;
	doc.fillColor(MUTED).font('regular').fontSize(9).text('Kiểm tra tính hợp lệ:', capX, qrY + 22, { width: capW, lineBreak: false });
	// the address on one line, smaller if need be, so that it can be read (and copied) whole
	doc.font('medium').fontSize(9);
	const urlSize = Math.max(5, Math.min(9, (9 * capW) / doc.widthOfString(verifyUrl)));
	doc.fillColor(INK).fontSize(urlSize).text(verifyUrl, capX, qrY + 36, { lineBreak: false });
	doc.fillColor(MUTED).font('regular').fontSize(9).text('Mã: ', capX, qrY + 52, { continued: true, lineBreak: false });
	doc.fillColor(INK).font('bold').text(content.code, { lineBreak: false });

	doc.end();
	return done;
}

/** "Label: value" centred on one line, or, if too wide, the label and then the value wrapped. */
function labelValue(
	doc: PDFKit.PDFDocument,
	label: string,
	value: string,
	labelSize: number,
	valueSize: number,
	y: number,
	left: number,
	width: number
): number {
	const labelW = doc.font('regular').fontSize(labelSize).widthOfString(label);
	const valueW = doc.font('bold').fontSize(valueSize).widthOfString(value);
	if (labelW + valueW <= width) {
		// share a baseline: shift the smaller label down by the difference in ascent
		const x = left + (width - labelW - valueW) / 2;
		const shift = (valueSize - labelSize) * ASCENT_PER_EM;
		doc.font('regular').fontSize(labelSize).text(label, x, y + shift, { lineBreak: false });
		doc.font('bold').fontSize(valueSize).text(value, x + labelW, y, { lineBreak: false });
		return y + doc.currentLineHeight(true);
	}
	doc.font('regular').fontSize(labelSize).text(label.trim(), left, y, { width, align: 'center' });
	doc.font('bold').fontSize(valueSize).text(value, left, doc.y, { width, align: 'center' });
	return doc.y;
}

function drawBorder(doc: PDFKit.PDFDocument): void {
	const outer = 18;
	const inner = 27;
	doc.save();
	doc.lineWidth(3).strokeColor(ACCENT).rect(outer, outer, PAGE_W - 2 * outer, PAGE_H - 2 * outer).stroke();
	doc.lineWidth(0.8).strokeColor(ACCENT).rect(inner, inner, PAGE_W - 2 * inner, PAGE_H - 2 * inner).stroke();
	// small diamonds at the inner corners
	const r = 6;
	for (const [cx, cy] of [
		[inner, inner],
		[PAGE_W - inner, inner],
		[inner, PAGE_H - inner],
		[PAGE_W - inner, PAGE_H - inner]
	] as const) {
		doc.polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]).fillAndStroke(ACCENT, ACCENT);
	}
	doc.restore();
}
