/**
 * The learner's record ("Hồ sơ học tập suốt đời") as a PDF the learner downloads for themselves.
 *
 * A4 portrait: the title, who the learner is and when the record was made, a one-line summary,
 * then three sections, each a ruled table: the courses completed, the classes the learner is in or
 * waiting for, and the certificates (with their verification addresses). PDFKit has no tables, so
 * rows are measured and drawn here: long titles wrap inside their cell, a row that does not fit
 * goes to a new page, and the table's header is repeated there. Every page has a footer with
 * "Trang x/y", written once the page count is known (buffered pages).
 *
 * Fonts, dates and text cleaning are the certificate's (certificate.pdf.ts). The output depends
 * only on the content (the creation date is the day the record was made), so the same record
 * renders to the same bytes.
 */
import PDFDocument from 'pdfkit';
import { vnDate } from '../../platform/clock';
import { cleanText, collectPdf, fonts, formatHours, numericDate, parseIsoDate, registerFonts, type FontName } from './certificate.pdf';

export interface LearningRecordContent {
	learnerName: string;
	/** YYYY-MM-DD */
	birthDate?: string | null;
	/** 'year': only the year of birthDate is known, printed as "Năm sinh: 1955" */
	birthPrecision?: 'day' | 'year';
	/** e.g. "Thôn Bạch Đa, Xã Quang Minh" */
	villageName?: string | null;
	/** YYYY-MM-DD, the day the record is made */
	generatedOn: string;
	/** total hours of the completed courses */
	hours: number;
	/** completedAt: an ISO instant, printed as its calendar day in Vietnam */
	completions: { title: string; orgName: string; mode: string; hours: number; completedAt: string }[];
	/** startsOn, endsOn: YYYY-MM-DD */
	classes: { courseTitle: string; classTitle: string; startsOn: string; endsOn: string; venue: string; status: 'enrolled' | 'waiting' }[];
	/** issuedOn: YYYY-MM-DD */
	certificates: { number: string; courseTitle: string; orgName: string; issuedOn: string; revoked: boolean; verifyUrl: string }[];
}

const MODE_LABELS: Record<string, string> = { in_person: 'Trực tiếp', online: 'Trực tuyến', blended: 'Kết hợp' };
const CLASS_STATUS: Record<LearningRecordContent['classes'][number]['status'], string> = { enrolled: 'Có chỗ', waiting: 'Đang chờ' };

const FOOTER_TEXT = 'Suốt Đời — hồ sơ do người học tự tải về';

// A4 portrait in points
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const LEFT = 50;
const CONTENT_W = PAGE_W - 2 * LEFT;
/** where content starts on the pages after the first (below the running head) */
const TOP = 56;
/** content ends here; the footer sits below */
const BOTTOM = PAGE_H - 62;
const FOOTER_Y = PAGE_H - 44;

const INK = '#1f2937';
const ACCENT = '#8b1a1a';
const MUTED = '#4b5563';
const OK = '#166534';
const RULE = '#9ca3af';
const HEADER_FILL = '#f3f4f6';

// tables
const BODY_SIZE = 9.5;
const HEAD_SIZE = 9;
const NOTE_SIZE = 7.5;
const PAD_X = 4;
const PAD_Y = 3.5;
/** a cell never grows past this many lines; a longer text ends in "…" */
const MAX_CELL_LINES = 10;
/** Be Vietnam Pro: ascender 1000, descender -265, no line gap (per 1000 em) */
const LINE_HEIGHT_PER_EM = 1.265;

interface Column {
	header: string;
	width: number;
	align?: 'left' | 'center' | 'right';
}
interface Cell {
	text: string;
	font?: FontName;
	color?: string;
}
interface Row {
	cells: Cell[];
	/** a small line under the row, across the columns from the second on (the verification address) */
	note?: { label: string; url: string };
}

/** The columns' widths: the given ones, and the last takes what remains of the content width. */
function columns(...cols: [string, number | null, Column['align']?][]): Column[] {
	const fixed = cols.reduce((sum, [, w]) => sum + (w ?? 0), 0);
	return cols.map(([header, width, align]) => ({ header, width: width ?? CONTENT_W - fixed, align }));
}

function instantDate(iso: string, field: string): string {
	const at = new Date(iso);
	if (!iso || Number.isNaN(at.getTime())) throw new RangeError(`${field} must be an ISO date-time, got ${JSON.stringify(iso)}`);
	return numericDate(vnDate(at), field);
}

export async function renderLearningRecordPdf(r: LearningRecordContent): Promise<Buffer> {
	const name = cleanText(r.learnerName);
	const made = parseIsoDate(r.generatedOn, 'generatedOn');
	const madeOn = numericDate(r.generatedOn, 'generatedOn');
	const birth = r.birthDate ? (r.birthPrecision === 'year' ? String(parseIsoDate(r.birthDate, 'birthDate').y) : numericDate(r.birthDate, 'birthDate')) : null;
	const village = r.villageName ? cleanText(r.villageName) : '';
	const summary = `Đã hoàn thành ${r.completions.length} khóa học, tổng ${formatHours(r.hours)} giờ.`;

	// everything is checked and formatted before the first page is drawn
	const completionRows: Row[] = r.completions.map((m, i) => ({
		cells: [
			{ text: String(i + 1) },
			{ text: cleanText(m.title) },
			{ text: cleanText(m.orgName) },
			{ text: MODE_LABELS[m.mode] ?? cleanText(m.mode) },
			{ text: formatHours(m.hours) },
			{ text: instantDate(m.completedAt, 'completedAt') }
		]
	}));
	const classRows: Row[] = r.classes.map((c, i) => {
		const course = cleanText(c.courseTitle);
		const cls = cleanText(c.classTitle);
		const [from, to] = [numericDate(c.startsOn, 'startsOn'), numericDate(c.endsOn, 'endsOn')];
		return {
			cells: [
				{ text: String(i + 1) },
				{ text: cls ? `${course} — ${cls}` : course },
				{ text: cleanText(c.venue) },
				{ text: from === to ? from : `${from} – ${to}` },
				{ text: CLASS_STATUS[c.status], color: c.status === 'waiting' ? MUTED : OK }
			]
		};
	});
	const certificateRows: Row[] = r.certificates.map((c, i) => ({
		cells: [
			{ text: String(i + 1) },
			{ text: cleanText(c.number), font: 'medium' },
			{ text: [cleanText(c.courseTitle), cleanText(c.orgName)].filter(Boolean).join(' — ') },
			{ text: numericDate(c.issuedOn, 'issuedOn') },
			c.revoked ? { text: 'Đã thu hồi', font: 'bold', color: ACCENT } : { text: 'Hợp lệ', color: OK }
		],
		note: { label: 'Kiểm tra: ', url: c.verifyUrl.trim() }
	}));

	const doc = new PDFDocument({
		size: 'A4',
		layout: 'portrait',
		margin: 0,
		bufferPages: true,
		lang: 'vi-VN',
		displayTitle: true,
		font: fonts().regular as unknown as string, // pdfkit accepts a Buffer here; avoids loading Helvetica
		info: {
			Title: `Hồ sơ học tập — ${name}`,
			Author: name,
			Subject: 'Hồ sơ học tập suốt đời',
			Creator: 'Suốt Đời',
			Producer: 'Suốt Đời (PDFKit)',
			// the day the record was made, so that the same record renders to the same bytes
			CreationDate: new Date(Date.UTC(made.y, made.m - 1, made.d))
		}
	});
	registerFonts(doc);
	const done = collectPdf(doc);

	let y = 0;

	const newPage = () => {
		doc.addPage();
		doc.fillColor(MUTED).font('regular').fontSize(8).text(`Hồ sơ học tập — ${name}`, LEFT, 30, { width: CONTENT_W, lineBreak: false, ellipsis: true });
		doc.moveTo(LEFT, 43).lineTo(PAGE_W - LEFT, 43).lineWidth(0.4).strokeColor(RULE).stroke();
		y = TOP;
	};

	// the title block
	doc.fillColor(ACCENT).font('bold').fontSize(20).text('HỒ SƠ HỌC TẬP SUỐT ĐỜI', LEFT, 48, { width: CONTENT_W, align: 'center', characterSpacing: 0.5 });
	y = doc.y + 4;
	doc.moveTo(PAGE_W / 2 - 60, y).lineTo(PAGE_W / 2 + 60, y).lineWidth(0.8).strokeColor(ACCENT).stroke();
	y += 16;

	// "Label: value", wrapped if long; label and value in one size so that they share a baseline
	const field = (label: string, value: string, size = 11, valueFont: FontName = 'medium') => {
		doc.fillColor(MUTED).font('regular').fontSize(size).text(label, LEFT, y, { width: CONTENT_W, continued: true });
		doc.fillColor(INK).font(valueFont).fontSize(size).text(value);
		y = doc.y + 3;
	};
	field('Họ và tên: ', name, 14, 'bold');
	if (birth) field(r.birthPrecision === 'year' ? 'Năm sinh: ' : 'Ngày sinh: ', birth);
	if (village) field('Nơi cư trú: ', village);
	field('Ngày lập: ', madeOn);

	y += 6;
	doc.fillColor(INK).font('bold').fontSize(11.5).text(summary, LEFT, y, { width: CONTENT_W });
	y = doc.y;

	// tables

	const lineHeight = (size: number) => size * LINE_HEIGHT_PER_EM;
	const maxCellH = lineHeight(BODY_SIZE) * MAX_CELL_LINES;

	const cellHeight = (text: string, font: FontName, size: number, col: Column, max = maxCellH) => {
		doc.font(font).fontSize(size);
		const h = text ? doc.heightOfString(text, { width: col.width - 2 * PAD_X, align: col.align }) : 0;
		return Math.min(Math.max(h, lineHeight(size)), max);
	};
	const noteHeight = () => lineHeight(NOTE_SIZE) + 2 * 2.5;
	const cellOf = (row: Row, i: number): Cell => row.cells[i] ?? { text: '' };
	const rowHeight = (cols: Column[], row: Row) =>
		Math.max(...cols.map((col, i) => cellHeight(cellOf(row, i).text, cellOf(row, i).font ?? 'regular', BODY_SIZE, col))) +
		2 * PAD_Y +
		(row.note ? noteHeight() : 0);
	const headerHeight = (cols: Column[]) => Math.max(...cols.map((c) => cellHeight(c.header, 'bold', HEAD_SIZE, c, Infinity))) + 2 * PAD_Y;

	const drawHeader = (cols: Column[]) => {
		const h = headerHeight(cols);
		let x = LEFT;
		doc.rect(LEFT, y, CONTENT_W, h).fill(HEADER_FILL);
		for (const col of cols) {
			doc.rect(x, y, col.width, h).lineWidth(0.5).strokeColor(RULE).stroke();
			doc.fillColor(INK).font('bold').fontSize(HEAD_SIZE).text(col.header, x + PAD_X, y + PAD_Y, { width: col.width - 2 * PAD_X, align: col.align ?? 'left' });
			x += col.width;
		}
		y += h;
	};

	const drawRow = (cols: Column[], row: Row) => {
		const h = rowHeight(cols, row);
		const cellsH = h - (row.note ? noteHeight() : 0);
		let x = LEFT;
		cols.forEach((col, i) => {
			const cell = cellOf(row, i);
			// the first column (STT) runs the row's full height; the note sits under the others
			doc.rect(x, y, col.width, i === 0 ? h : cellsH).lineWidth(0.5).strokeColor(RULE).stroke();
			doc.fillColor(cell.color ?? INK).font(cell.font ?? 'regular').fontSize(BODY_SIZE).text(cell.text, x + PAD_X, y + PAD_Y, {
				width: col.width - 2 * PAD_X,
				height: maxCellH,
				ellipsis: true,
				align: col.align ?? 'left'
			});
			x += col.width;
		});
		if (row.note) {
			const sttW = cols[0]?.width ?? 0;
			const noteX = LEFT + sttW;
			const noteW = CONTENT_W - sttW;
			doc.rect(noteX, y + cellsH, noteW, noteHeight()).lineWidth(0.5).strokeColor(RULE).stroke();
			// on one line, smaller if need be, so that the address can be read (and copied) whole
			const { label, url } = row.note;
			doc.font('regular').fontSize(NOTE_SIZE);
			const labelW = doc.widthOfString(label);
			doc.font('medium');
			const room = noteW - 2 * PAD_X - labelW;
			const size = Math.max(4.5, Math.min(NOTE_SIZE, (NOTE_SIZE * room) / Math.max(1, doc.widthOfString(url))));
			const ty = y + cellsH + 2.5;
			doc.fillColor(MUTED).font('regular').fontSize(NOTE_SIZE).text(label, noteX + PAD_X, ty, { lineBreak: false });
			doc.fillColor(INK).font('medium').fontSize(size).text(url, noteX + PAD_X + labelW, ty + (NOTE_SIZE - size), {
				lineBreak: false,
				link: /^https?:\/\//i.test(url) ? url : undefined
			});
		}
		y += h;
	};

	const section = (title: string, cols: Column[], rows: Row[]) => {
		const headingH = lineHeight(13) + 6;
		const [firstRow] = rows;
		const first = firstRow ? headerHeight(cols) + rowHeight(cols, firstRow) : lineHeight(10) + 4;
		y += 18;
		// keep the heading with the table's header and first row
		if (y + headingH + first > BOTTOM) newPage();
		doc.fillColor(ACCENT).font('bold').fontSize(13).text(title, LEFT, y, { width: CONTENT_W });
		y = doc.y + 6;
		if (!firstRow) {
			doc.fillColor(MUTED).font('italic').fontSize(10).text('Chưa có.', LEFT, y, { width: CONTENT_W });
			y = doc.y;
			return;
		}
		drawHeader(cols);
		for (const row of rows) {
			if (y + rowHeight(cols, row) > BOTTOM) {
				newPage();
				doc.fillColor(MUTED).font('italic').fontSize(9).text(`${title} (tiếp theo)`, LEFT, y, { width: CONTENT_W });
				y = doc.y + 4;
				drawHeader(cols);
			}
			drawRow(cols, row);
		}
	};

	section(
		'Các khóa học đã hoàn thành',
		columns(['STT', 30, 'center'], ['Khóa học', 165], ['Đơn vị tổ chức', 118], ['Hình thức', 60], ['Số giờ', 42, 'right'], ['Ngày hoàn thành', null, 'center']),
		completionRows
	);
	section(
		'Các lớp đang học',
		columns(['STT', 30, 'center'], ['Khóa học — Lớp', 190], ['Địa điểm', 125], ['Thời gian', 80, 'center'], ['Trạng thái', null, 'center']),
		classRows
	);
	section(
		'Giấy chứng nhận',
		columns(['STT', 30, 'center'], ['Số', 140], ['Khóa học', 182], ['Ngày cấp', 70, 'center'], ['Tình trạng', null, 'center']),
		certificateRows
	);

	// footers, now that the number of pages is known
	const { start, count } = doc.bufferedPageRange();
	for (let i = start; i < start + count; i++) {
		doc.switchToPage(i);
		doc.moveTo(LEFT, FOOTER_Y - 6).lineTo(PAGE_W - LEFT, FOOTER_Y - 6).lineWidth(0.4).strokeColor(RULE).stroke();
		doc.fillColor(MUTED).font('regular').fontSize(8).text(FOOTER_TEXT, LEFT, FOOTER_Y, { lineBreak: false });
		const pageLabel = `Trang ${i - start + 1}/${count}`;
		doc.text(pageLabel, PAGE_W - LEFT - doc.widthOfString(pageLabel), FOOTER_Y, { lineBreak: false });
	}

	doc.end();
	return done;
}
