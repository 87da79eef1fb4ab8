import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler, run, squash } from '../../testing/poppler';
import { renderLearningRecordPdf, type LearningRecordContent } from './learning-record.pdf';

const { pdftotext, pdfinfo } = poppler;
const inCi = process.env.CI === 'true';

const longTitle =
	'Kỹ năng số cơ bản cho người cao tuổi: dùng điện thoại thông minh an toàn, nhận diện lừa đảo qua mạng và dịch vụ công trực tuyến';
const longClass = 'Tiếng Anh giao tiếp cho người làm du lịch cộng đồng ở thôn Bạch Đa và các thôn lân cận';

const record: LearningRecordContent = {
	learnerName: 'Nguyễn Thị Lan',
	birthDate: '1958-03-04',
	villageName: 'Thôn Bạch Đa, Xã Quang Minh',
	generatedOn: '2026-11-29',
	hours: 27,
	completions: [
		// 01:30 on 21 October in Vietnam
		{ title: longTitle, orgName: 'Trung tâm học tập cộng đồng xã Quang Minh', mode: 'in_person', hours: 24, completedAt: '2026-10-20T18:30:00.000Z' },
		{ title: 'Trồng rau an toàn theo tiêu chuẩn VietGAP', orgName: 'Hội Nông dân xã Quang Minh', mode: 'blended', hours: 2, completedAt: '2026-06-02T03:00:00.000Z' },
		{ title: 'Sơ cứu ban đầu', orgName: 'Trạm y tế xã Quang Minh', mode: 'online', hours: 1, completedAt: '2026-03-01T03:00:00.000Z' }
	],
	classes: [
		{ courseTitle: longClass, classTitle: 'Lớp tối thứ Ba, thứ Năm', startsOn: '2026-12-01', endsOn: '2027-02-26', venue: 'Nhà văn hóa thôn Bạch Đa', status: 'enrolled' },
		{ courseTitle: 'Dân vũ', classTitle: 'Lớp sáng', startsOn: '2026-12-05', endsOn: '2026-12-19', venue: 'Sân nhà văn hóa thôn Yên Trung', status: 'waiting' }
	],
	certificates: [
		{
			number: 'TTHTCĐ-QM/2026/0007',
			courseTitle: longTitle,
			orgName: 'Trung tâm học tập cộng đồng xã Quang Minh',
			issuedOn: '2026-10-21',
			revoked: false,
			verifyUrl: 'https://suotdoi.example.vn/verify/7KQ2-M9XA-4TZP'
		},
		{
			number: 'TTHTCĐ-QM/2026/0003',
			courseTitle: 'Trồng rau an toàn theo tiêu chuẩn VietGAP',
			orgName: 'Hội Nông dân xã Quang Minh',
			issuedOn: '2026-06-02',
			revoked: true,
			verifyUrl: 'https://suotdoi.example.vn/verify/AB12-CD34-EF56'
		}
	]
};

const longRecord: LearningRecordContent = {
	...record,
	hours: 540,
	completions: Array.from({ length: 60 }, (_, i) => {
		const sample = record.completions[i % 3]!;
		return { ...sample, title: `${i + 1}. ${sample.title}` };
	})
};

const emptyRecord: LearningRecordContent = { learnerName: 'Lê Văn Bình', generatedOn: '2026-11-29', hours: 0, completions: [], classes: [], certificates: [] };

describe('the learning record as PDF', () => {
	let dir: string;
	const files = { record: '', long: '', empty: '' };
	let pdf: Buffer;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'suotdoi-learning-record-'));
		pdf = await renderLearningRecordPdf(record);
		const write = (name: string, bytes: Buffer) => {
			const file = join(dir, `${name}.pdf`);
			writeFileSync(file, bytes);
			return file;
		};
		files.record = write('record', pdf);
		files.long = write('long', await renderLearningRecordPdf(longRecord));
		files.empty = write('empty', await renderLearningRecordPdf(emptyRecord));
	});
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('is a PDF, and the same content gives the same bytes', async () => {
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect((await renderLearningRecordPdf(record)).equals(pdf)).toBe(true);
	});

	it('finds poppler-utils in CI', () => {
		if (!inCi) return;
		expect(pdftotext, 'pdftotext (poppler-utils)').toBeTruthy();
		expect(pdfinfo, 'pdfinfo (poppler-utils)').toBeTruthy();
	});

	it.skipIf(!pdftotext)('carries its text in Vietnamese, long titles wrapped but whole', () => {
		const text = squash(run(pdftotext!, ['-layout', files.record, '-']));
		for (const expected of [
			'HỒ SƠ HỌC TẬP SUỐT ĐỜI',
			'Họ và tên: Nguyễn Thị Lan',
			'Ngày sinh: 04/03/1958',
			'Nơi cư trú: Thôn Bạch Đa, Xã Quang Minh',
			'Ngày lập: 29/11/2026',
			'Đã hoàn thành 3 khóa học, tổng 27 giờ.',
			'Các khóa học đã hoàn thành',
			'Đơn vị tổ chức',
			'Trực tiếp',
			'Kết hợp',
			'Trực tuyến',
			// completed at 18:30 UTC on the 20th: the 21st in Vietnam
			'21/10/2026',
			'Các lớp đang học',
			'Có chỗ',
			'Đang chờ',
			'Giấy chứng nhận',
			'TTHTCĐ-QM/2026/0007',
			'Hợp lệ',
			'Đã thu hồi',
			'https://suotdoi.example.vn/verify/7KQ2-M9XA-4TZP',
			'https://suotdoi.example.vn/verify/AB12-CD34-EF56',
			'Suốt Đời — hồ sơ do người học tự tải về',
			'Trang 1/1'
		]) {
			expect(text).toContain(squash(expected));
		}
		// the wrapped titles: every word is there (columns interleave their lines in the layout)
		const words = new Set(text.split(' '));
		for (const title of [longTitle, longClass, 'Lớp tối thứ Ba, thứ Năm']) {
			for (const word of squash(title).split(' ')) expect(words, word).toContain(word);
		}
		expect(text).not.toContain('Chưa có.');
	});

	it.skipIf(!pdfinfo)('is one A4 portrait page with its title and creator', () => {
		const info = run(pdfinfo!, [files.record]).normalize('NFC');
		expect(info).toMatch(/^Pages:\s+1$/m);
		expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts/m);
		expect(info).toMatch(/^Title:\s+Hồ sơ học tập — Nguyễn Thị Lan$/m);
		expect(info).toMatch(/^Creator:\s+Suốt Đời$/m);
	});

	it.skipIf(!pdftotext || !pdfinfo)('runs a long record over several pages, numbered, repeating the table header', () => {
		const pages = Number(/^Pages:\s+(\d+)$/m.exec(run(pdfinfo!, [files.long]))?.[1]);
		expect(pages).toBeGreaterThan(1);
		const text = squash(run(pdftotext!, ['-layout', files.long, '-']));
		expect(text).toContain('Đã hoàn thành 60 khóa học, tổng 540 giờ.');
		expect(text).toContain('Trang 1/');
		expect(text).toContain(`Trang ${pages}/${pages}`);
		// the second page continues the completed courses, under the table's header again
		const second = squash(run(pdftotext!, ['-layout', '-f', '2', '-l', '2', files.long, '-']));
		expect(second).toContain('Các khóa học đã hoàn thành (tiếp theo)');
		expect(second).toContain('Đơn vị tổ chức');
		expect(second).toContain(`Trang 2/${pages}`);
		// every row made it
		for (const n of [3, 30, 60]) expect(text).toContain(`${n} ${n}. Sơ cứu ban đầu`);
		expect(text).toContain('Đã thu hồi');
	});

	it.skipIf(!pdftotext)('says so when a section is empty', () => {
		const text = squash(run(pdftotext!, ['-layout', files.empty, '-']));
		expect(text).toContain('Đã hoàn thành 0 khóa học, tổng 0 giờ.');
		expect(text.match(/Chưa có\./g)).toHaveLength(3);
		expect(text).not.toContain('Ngày sinh');
		expect(text).not.toContain('Nơi cư trú');
	});

	it('refuses impossible dates', async () => {
		await expect(renderLearningRecordPdf({ ...record, generatedOn: '2026-02-30' })).rejects.toThrow(/generatedOn/);
		await expect(renderLearningRecordPdf({ ...record, completions: [{ ...record.completions[0]!, completedAt: 'hôm qua' }] })).rejects.toThrow(/completedAt/);
	});
});
