import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler, run, squash } from '../../testing/poppler';
import { signedReceiptListPdf } from './signed-receipt-list.pdf';
import type { ReceiptList } from './signed-receipt-list.xlsx';

const { pdftotext, pdfinfo } = poppler;
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Minh'];
const list: ReceiptList = {
	issuer: 'Hội Khuyến học Xã Quang Minh',
	fundName: 'Quỹ Khuyến học xã Quang Minh',
	roundName: 'Học bổng "Vượt khó học giỏi"',
	schoolYear: '2026-2027',
	placeName: 'Quang Minh',
	date: '2026-09-05',
	chairTitle: 'CHỦ TỊCH HỘI',
	rows: Array.from({ length: 45 }, (_, i) => ({ name: `Nguyễn Thị ${GIVEN[i % GIVEN.length]} ${i + 1}`, className: `${6 + (i % 4)}A`, school: i % 2 ? 'Trường THCS Quang Minh' : 'Trường Tiểu học Quang Minh A', village: `Thôn ${1 + (i % 5)}`, amount: i < 15 ? 1_500_000 : 1_000_000 }))
};

describe('the signed-receipt list as PDF', () => {
	let dir: string;
	let file: string;

	beforeAll(async () => {
		const pdf = await signedReceiptListPdf(list);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		dir = mkdtempSync(join(tmpdir(), 'suotdoi-receipts-'));
		file = join(dir, 'list.pdf');
		writeFileSync(file, pdf);
	});
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it.skipIf(!pdftotext)('carries the heading, every pupil, the total in figures and in words, the date and the signatures', () => {
		const text = squash(run(pdftotext!, ['-layout', file, '-']));
		for (const expected of [
			'HỘI KHUYẾN HỌC XÃ QUANG MINH',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'DANH SÁCH HỌC SINH NHẬN HỌC BỔNG',
			'Học bổng "Vượt khó học giỏi" — năm học 2026-2027',
			'STT Họ và tên Lớp Trường Thôn Số tiền (đ) Ký nhận',
			'Nguyễn Thị An 1',
			'Nguyễn Thị Minh 45',
			'Trường THCS Quang Minh',
			'52.500.000',
			'Tổng số: 45 học sinh. Số tiền bằng chữ: Năm mươi hai triệu năm trăm nghìn đồng.',
			'Quang Minh, ngày 05 tháng 9 năm 2026',
			'NGƯỜI LẬP BIỂU',
			'CHỦ TỊCH HỘI'
		])
			expect(text).toContain(squash(expected));
		// the heading of the table is repeated on each page
		expect(text.split('Họ và tên Lớp Trường').length - 1).toBeGreaterThan(1);
	});

	it.skipIf(!pdfinfo)('is on A4 landscape pages', () => {
		const info = run(pdfinfo!, [file]).normalize('NFC');
		expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
		expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
	});
});
