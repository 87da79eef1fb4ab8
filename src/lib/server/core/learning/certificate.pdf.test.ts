import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler, run, squash } from '../../testing/poppler';
import { honorific, renderCertificatePdf, vietnameseDateLine, type CertificateContent } from './certificate.pdf';

const { pdftotext, pdfinfo, pdftoppm } = poppler;
const inCi = process.env.CI === 'true';

const content: CertificateContent = {
	number: 'TTHTCĐ-TT/2026/0007',
	learnerName: 'Nguyễn Thị Lan',
	birthDate: '1958-03-04',
	courseTitle:
		'Kỹ năng số cơ bản cho người cao tuổi: dùng điện thoại thông minh an toàn, nhận diện lừa đảo qua mạng và dịch vụ công trực tuyến',
	hours: 24,
	orgName: 'Trung tâm học tập cộng đồng xã Quang Minh',
	placeName: 'Quang Minh',
	issuedOn: '2026-11-29',
	verifyUrl: 'https://suotdoi.example.vn/verify/7KQ2-M9XA-4TZP',
	code: '7KQ2-M9XA-4TZP'
};

describe('the completion certificate as PDF', () => {
	let dir: string;
	let file: string;
	let pdf: Buffer;

	beforeAll(async () => {
		pdf = await renderCertificatePdf(content);
		dir = mkdtempSync(join(tmpdir(), 'suotdoi-certificate-'));
		file = join(dir, 'certificate.pdf');
		writeFileSync(file, pdf);
	});
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('is a PDF, and the same content gives the same bytes', async () => {
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(10_000);
		expect((await renderCertificatePdf(content)).equals(pdf)).toBe(true);
	});

	it('finds poppler-utils in CI', () => {
		if (!inCi) return;
		expect(pdftotext, 'pdftotext (poppler-utils)').toBeTruthy();
		expect(pdfinfo, 'pdfinfo (poppler-utils)').toBeTruthy();
		expect(pdftoppm, 'pdftoppm (poppler-utils)').toBeTruthy();
	});

	it.skipIf(!pdftotext)('carries its text in Vietnamese, the long course title wrapped but whole', () => {
		const text = squash(run(pdftotext!, ['-layout', file, '-']));
		for (const expected of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'GIẤY CHỨNG NHẬN',
			'Hoàn thành khóa học',
			'Chứng nhận ông/bà: Nguyễn Thị Lan',
			'Ngày sinh: 04/03/1958',
			'Đã hoàn thành khóa học:',
			'Kỹ năng số cơ bản cho người cao tuổi',
			'nhận diện lừa đảo',
			'dịch vụ công trực tuyến',
			'Thời lượng: 24 giờ',
			'Số: TTHTCĐ-TT/2026/0007',
			'Quang Minh, ngày 29 tháng 11 năm 2026',
			'GIÁM ĐỐC',
			'(Ký, ghi rõ họ tên, đóng dấu)',
			'Kiểm tra tính hợp lệ: https://suotdoi.example.vn/verify/7KQ2-M9XA-4TZP',
			'Mã: 7KQ2-M9XA-4TZP'
		]) {
			expect(text).toContain(squash(expected));
		}
		expect(text).toContain(squash(content.courseTitle));
	});

	it.skipIf(!pdfinfo)('is one A4 landscape page with its title, author and creator', () => {
		const info = run(pdfinfo!, [file]).normalize('NFC');
		expect(info).toMatch(/^Pages:\s+1$/m);
		expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
		expect(info).toMatch(/^Title:\s+Giấy chứng nhận TTHTCĐ-TT\/2026\/0007$/m);
		expect(info).toMatch(/^Author:\s+Trung tâm học tập cộng đồng xã Quang Minh$/m);
		expect(info).toMatch(/^Creator:\s+Suốt Đời$/m);
	});

	it.skipIf(!pdftoppm)('renders to an image', () => {
		const prefix = join(dir, 'page');
		run(pdftoppm!, ['-r', '30', '-png', '-singlefile', file, prefix]);
		const png = readFileSync(`${prefix}.png`);
		expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
		expect(png.length).toBeGreaterThan(1_000);
	});

	it('refuses an impossible issue date', async () => {
		await expect(renderCertificatePdf({ ...content, issuedOn: '2026-02-30' })).rejects.toThrow(/issuedOn/);
	});
});

describe('how the holder is addressed', () => {
	it('says ông for a man, bà for a woman, ông/bà when not known', () => {
		expect(honorific('male')).toBe('ông');
		expect(honorific('female')).toBe('bà');
		expect(honorific('other')).toBe('ông/bà');
		expect(honorific(null)).toBe('ông/bà');
		expect(honorific(undefined)).toBe('ông/bà');
		// a pupil is "em", girl or boy
		expect(honorific('female', true)).toBe('em');
		expect(honorific(null, true)).toBe('em');
	});

	it.skipIf(!pdftotext)('prints "Chứng nhận bà:" or "Chứng nhận ông:" when the holder’s gender is known', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'suotdoi-certificate-'));
		try {
			const textOf = async (c: CertificateContent) => {
				const file = join(dir, 'c.pdf');
				writeFileSync(file, await renderCertificatePdf(c));
				return squash(run(pdftotext!, ['-layout', file, '-']));
			};
			const woman = await textOf({ ...content, gender: 'female' });
			expect(woman).toContain(squash('Chứng nhận bà: Nguyễn Thị Lan'));
			expect(woman).not.toContain('ông/bà');
			const man = await textOf({ ...content, learnerName: 'Trần Văn Hùng', gender: 'male' });
			expect(man).toContain(squash('Chứng nhận ông: Trần Văn Hùng'));
			expect(man).not.toContain('ông/bà');
			expect(await textOf({ ...content, gender: 'other' })).toContain(squash('Chứng nhận ông/bà: Nguyễn Thị Lan'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the place-and-date line', () => {
	it('writes day and month as on official papers', () => {
		expect(vietnameseDateLine('2026-11-29')).toBe('ngày 29 tháng 11 năm 2026');
		expect(vietnameseDateLine('2027-01-05')).toBe('ngày 05 tháng 01 năm 2027');
		expect(vietnameseDateLine('2027-02-14')).toBe('ngày 14 tháng 02 năm 2027');
		expect(vietnameseDateLine('2027-03-08')).toBe('ngày 08 tháng 3 năm 2027');
	});
});
