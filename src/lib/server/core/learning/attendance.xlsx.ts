/**
 * The attendance sheet as centres keep it on paper ("sổ điểm danh"): a title block, then one
 * row per learner (STT, họ và tên) and one column per session date, "x" for present, "v" for
 * absent, blank when not taken, and the count of sessions attended.
 */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../platform/clock';

export interface AttendanceSheet {
	orgName: string;
	courseTitle: string;
	classTitle: string;
	venue: string;
	teacherName: string;
	sessions: { id: string; date: string }[];
	learners: { name: string; marks: Record<string, boolean | undefined> }[];
}

export async function attendanceXlsx(a: AttendanceSheet): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Suốt Đời';
	const ws = wb.addWorksheet('Điểm danh', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	const width = 3 + a.sessions.length;
	const title = (row: number, text: string, bold = false, size = 11) => {
		ws.mergeCells(row, 1, row, width);
		const c = ws.getCell(row, 1);
		c.value = text;
		c.font = { bold, size };
		c.alignment = { horizontal: 'center' };
	};
	title(1, a.orgName.toUpperCase(), true);
	title(2, 'SỔ ĐIỂM DANH', true, 14);
	title(3, `Khóa học: ${a.courseTitle}`);
	title(4, `Lớp: ${a.classTitle} — Địa điểm: ${a.venue} — Giáo viên: ${a.teacherName}`);
	const head = ws.getRow(6);
	head.values = ['STT', 'Họ và tên', ...a.sessions.map((s) => formatDateVi(s.date).slice(0, 5)), 'Số buổi có mặt'];
	head.font = { bold: true };
	head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	a.learners.forEach((l, i) => {
		const row = ws.getRow(7 + i);
		const marks = a.sessions.map((s) => (l.marks[s.id] === true ? 'x' : l.marks[s.id] === false ? 'v' : ''));
		row.values = [i + 1, l.name, ...marks, marks.filter((m) => m === 'x').length];
		row.alignment = { horizontal: 'center' };
		row.getCell(2).alignment = { horizontal: 'left' };
	});
	const last = 6 + a.learners.length;
	for (let r = 6; r <= last; r++)
		for (let c = 1; c <= width; c++) ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
	ws.getColumn(1).width = 5;
	ws.getColumn(2).width = 28;
	for (let c = 3; c < width; c++) ws.getColumn(c).width = 6;
	ws.getColumn(width).width = 10;
	const note = ws.getRow(last + 2);
	note.getCell(1).value = 'Ghi chú: x = có mặt, v = vắng, để trống = chưa điểm danh.';
	return Buffer.from(await wb.xlsx.writeBuffer());
}
