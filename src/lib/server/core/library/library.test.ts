import { describe, expect, it } from 'vitest';
import { checkIsbn, formatIsbn, isbn13CheckDigit, readCopyCode, titleKey, CODE_ALPHABET, newCopyCode } from './library.rules';
import { parseInput } from '../../platform/validation';
import { titleInput } from './library.schemas';
import { AppError } from '../../platform/errors';

describe('ISBN check digits', () => {
	it('accepts ISBN-13 and ISBN-10 as typed, answering the ISBN-13', () => {
		expect(checkIsbn('978-604-1-08525-1')).toEqual({ ok: true, isbn13: '9786041085251' });
		expect(checkIsbn('978 0 306 40615 7')).toEqual({ ok: true, isbn13: '9780306406157' });
		// ISBN-10 0-306-40615-2 is the same book as 978-0-306-40615-7
		expect(checkIsbn('0-306-40615-2')).toEqual({ ok: true, isbn13: '9780306406157' });
		// X as the check digit of an ISBN-10, in either case
		expect(checkIsbn('0-8044-2957-X')).toEqual({ ok: true, isbn13: '9780804429573' });
		expect(checkIsbn('080442957x')).toEqual({ ok: true, isbn13: '9780804429573' });
	});
	it('tells a wrong check digit from a wrong shape', () => {
		expect(checkIsbn('978-604-1-08525-4')).toEqual({ ok: false, reason: 'check_digit' });
		expect(checkIsbn('0-306-40615-3')).toEqual({ ok: false, reason: 'check_digit' });
		expect(checkIsbn('0-306-40615')).toEqual({ ok: false, reason: 'format' });
		expect(checkIsbn('977-604-1-08525-5')).toEqual({ ok: false, reason: 'format' });
		expect(checkIsbn('97860410852X5')).toEqual({ ok: false, reason: 'format' });
		expect(checkIsbn('sách hay')).toEqual({ ok: false, reason: 'format' });
	});
	it('computes the 13th digit and formats for reading', () => {
		expect(isbn13CheckDigit('978030640615')).toBe('7');
		expect(isbn13CheckDigit('978604108525')).toBe('1');
		expect(formatIsbn('9786041085251')).toBe('978-604108525-1');
	});
	it('a title with a wrong check digit gets the field message', () => {
		let e: unknown;
		try {
			parseInput(titleInput, { isbn: '978-604-1-08525-4', title: 'Dế Mèn phiêu lưu ký', subject: 'children', ageGroup: 'children' });
		} catch (x) {
			e = x;
		}
		expect((e as AppError).fields.isbn).toEqual({ key: 'errors.library.isbn_check_digit' });
		expect(parseInput(titleInput, { isbn: '', title: 'Dế Mèn phiêu lưu ký', subject: 'children', ageGroup: 'children' }).isbn).toBeNull();
	});
});

describe('copy codes', () => {
	it('are six signs no one misreads', () => {
		for (let i = 0; i < 200; i++) {
			const c = newCopyCode();
			expect(c).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
			expect(readCopyCode(c)).toBe(c);
		}
		expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
	});
	it('are read as typed or scanned from the label address', () => {
		expect(readCopyCode(' k7m 3qx ')).toBe('K7M3QX');
		expect(readCopyCode('K7M-3QX')).toBe('K7M3QX');
		expect(readCopyCode('https://suotdoi.vn/library/copies/K7M3QX')).toBe('K7M3QX');
		expect(readCopyCode('K7M3Q')).toBeNull();
		expect(readCopyCode('K7M3Q0')).toBeNull();
		expect(readCopyCode('')).toBeNull();
	});
});

describe('duplicate titles', () => {
	it('share a key across accents, case and spacing, by the first author', () => {
		expect(titleKey('Dế Mèn  phiêu lưu ký', 'Tô Hoài')).toBe(titleKey('de men phieu luu ky', 'TÔ HOÀI, Nguyễn Văn A'));
		expect(titleKey('Đất rừng phương Nam', 'Đoàn Giỏi')).not.toBe(titleKey('Đất rừng phương Nam', 'Người khác'));
	});
});
