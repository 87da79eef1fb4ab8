/**
 * The Week's report upward ("Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời"): one row per
 * commune — what the platform holds (events, registrations, participants, new enrolments and
 * learners, contest entries, donations) and each commune's filed figures — and the total, which
 * is the sum of the rows. As an .xlsx (numbers as numbers) and an A4 landscape PDF.
 */
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { cleanText, collectPdf, fonts, registerFonts, vietnameseDateLine } from '../learning/certificate.pdf';
import type { WeekCounts } from './campaigns.report.repository';

export interface WeekReportRow extends WeekCounts {
	campaignId: string;
	unitName: string;
	reportDueOn: string | null;
	reportSubmittedAt: string | null;
	/** key → summed figure */
	figures: Record<string, number>;
	assignments: number;
	reported: number;
}

export interface WeekReport {
	campaignId: string;
	title: string;
	level: 'city' | 'commune';
	unitName: string;
	startsOn: string;
	endsOn: string;
	rows: WeekReportRow[];
	total: WeekCounts & { figures: Record<string, number>; assignments: number; reported: number };
	figureLabels: { key: string; label: string }[];
	madeOn: string;
}

export const COUNT_COLUMNS: { key: keyof WeekCounts; label: string }[] = [
	{ key: 'events', label: 'Sự kiện' },
	{ key: 'registrations', label: 'Lượt đăng ký' },
	{ key: 'participants', label: 'Lượt tham dự' },
	{ key: 'enrolments', label: 'Ghi danh mới' },
	{ key: 'learners', label: 'Người học' },
	{ key: 'contestEntries', label: 'Bài dự thi' },
	{ key: 'donations', label: 'Lượt ủng hộ quỹ' },
	{ key: 'donated', label: 'Tiền ủng hộ (đồng)' }
];

const status = (r: WeekReportRow) => (r.reportSubmittedAt ? 'Đã gửi' : r.reportDueOn ? `Chưa gửi (hạn ${r.reportDueOn.split('-').reverse().join('/')})` : 'Chưa gửi');

function table(r: WeekReport): (string | number)[][] {
	const head = ['Xã', ...COUNT_COLUMNS.map((c) => c.label), ...r.figureLabels.map((f) => f.label), 'Đơn vị đã báo cáo', 'Tình trạng'];
	const rows = r.rows.map((x) => [x.unitName, ...COUNT_COLUMNS.map((c) => x[c.key]), ...r.figureLabels.map((f) => x.figures[f.key] ?? 0), `${x.reported}/${x.assignments}`, status(x)]);
	const total = ['Tổng cộng', ...COUNT_COLUMNS.map((c) => r.total[c.key]), ...r.figureLabels.map((f) => r.total.figures[f.key] ?? 0), `${r.total.reported}/${r.total.assignments}`, ''];
	return [head, ...rows, total];
}

export async function weekReportXlsx(r: WeekReport): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet('Báo cáo', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	ws.getRow(1).values = [r.title.toLocaleUpperCase('vi')];
	ws.getRow(1).font = { bold: true, size: 13 };
	ws.getRow(2).values = [`${r.unitName} · từ ${r.startsOn.split('-').reverse().join('/')} đến ${r.endsOn.split('-').reverse().join('/')}`];
	const t = table(r);
	t.forEach((cells, i) => {
		const row = ws.getRow(4 + i);
		row.values = cells;
		if (i === 0 || i === t.length - 1) row.font = { bold: true };
		cells.forEach((c, j) => {
			const cell = row.getCell(j + 1);
			if (typeof c === 'number') cell.numFmt = '#,##0';
			cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
		});
	});
	ws.getColumn(1).width = 24;
	for (let j = 2; j <= t[0]!.length; j++) ws.getColumn(j).width = 14;
	ws.getRow(5 + t.length).values = [`Lập ngày ${r.madeOn.split('-').reverse().join('/')} từ dữ liệu trên Suốt Đời và số liệu các đơn vị báo cáo.`];
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function weekReportPdf(r: WeekReport): Promise<Buffer> {
	const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, lang: 'vi-VN', displayTitle: true, font: fonts().regular as unknown as string, info: { Title: cleanText(r.title), Creator: 'Suốt Đời', Producer: 'Suốt Đời (PDFKit)' } });
	registerFonts(doc);
	const done = collectPdf(doc);
	const left = 36;
	const width = 841.89 - 2 * left;
	doc.fillColor('#1f2937').font('bold').fontSize(14).text(cleanText(r.title).toLocaleUpperCase('vi'), left, 40, { width, align: 'center' });
	doc.font('italic').fontSize(10.5).text(`${cleanText(r.unitName)} · từ ${r.startsOn.split('-').reverse().join('/')} đến ${r.endsOn.split('-').reverse().join('/')}`, left, doc.y + 2, { width, align: 'center' });
	const t = table(r);
	const cols = t[0]!.length;
	const firstW = 110;
	const w = (width - firstW) / (cols - 1);
	let y = doc.y + 16;
	t.forEach((cells, i) => {
		const h = i === 0 ? 40 : 20;
		if (y + h > 560) {
			doc.addPage();
			y = 40;
		}
		cells.forEach((c, j) => {
			const x = j === 0 ? left : left + firstW + (j - 1) * w;
			const cw = j === 0 ? firstW : w;
			doc.rect(x, y, cw, h).lineWidth(0.5).strokeColor('#9ca3af').stroke();
			doc.fillColor('#1f2937').font(i === 0 || i === t.length - 1 ? 'bold' : 'regular').fontSize(i === 0 ? 7.5 : 8.5).text(typeof c === 'number' ? c.toLocaleString('vi-VN') : cleanText(String(c)), x + 3, y + 4, { width: cw - 6, height: h - 6, align: j === 0 ? 'left' : 'right', ellipsis: true });
		});
		y += h;
	});
	doc.font('italic').fontSize(10).text(`${cleanText(r.unitName)}, ${vietnameseDateLine(r.madeOn)}`, left + width / 2, y + 18, { width: width / 2, align: 'center' });
	doc.end();
	return done;
}
