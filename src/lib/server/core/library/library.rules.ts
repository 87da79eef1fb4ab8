/**
 * Pure rules of the bookshelves: ISBN check digits, copies' short codes, the key that finds a
 * duplicate title. Worth unit tests; no database here.
 */
import { randomInt } from 'node:crypto';
import { normalizeVi } from '../../platform/text';

export type IsbnCheck = { ok: true; isbn13: string } | { ok: false; reason: 'format' | 'check_digit' };

/**
 * An ISBN as people type it (hyphens and spaces allowed; ISBN-10 may end in X): answered as the
 * ISBN-13 it is (an ISBN-10 becomes 978…), or why not — not 10 or 13 digits, or a wrong check digit.
 */
export function checkIsbn(input: string): IsbnCheck {
	const s = input.replace(/[\s-]/g, '').toUpperCase();
	if (/^\d{9}[\dX]$/.test(s)) {
		let sum = 0;
		for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
		if (sum % 11 !== 0) return { ok: false, reason: 'check_digit' };
		const body = `978${s.slice(0, 9)}`;
		return { ok: true, isbn13: body + isbn13CheckDigit(body) };
	}
	if (/^97[89]\d{10}$/.test(s)) {
		if (isbn13CheckDigit(s.slice(0, 12)) !== s[12]) return { ok: false, reason: 'check_digit' };
		return { ok: true, isbn13: s };
	}
	return { ok: false, reason: 'format' };
}

/** The 13th digit of an ISBN-13 from its first twelve. */
export function isbn13CheckDigit(twelve: string): string {
	let sum = 0;
	for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
	return String((10 - (sum % 10)) % 10);
}

/** "978-604-1-12345-6" for reading. */
export function formatIsbn(isbn13: string): string {
	return `${isbn13.slice(0, 3)}-${isbn13.slice(3, 12)}-${isbn13.slice(12)}`;
}

/** Letters and digits no one mistakes for another when reading a label (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

export function newCopyCode(): string {
	let c = '';
	for (let i = 0; i < CODE_LENGTH; i++) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return c;
}

/**
 * A copy's code as typed or scanned: the label's address (…/library/copies/K7M3QX) or the code,
 * any case, with spaces or dashes. Null when it cannot be one (a wrong length, a sign not on labels).
 */
export function readCopyCode(input: string): string | null {
	let s = (input ?? '').trim();
	if (s.length > 300) return null;
	const slash = s.lastIndexOf('/');
	if (slash >= 0) s = s.slice(slash + 1);
	s = s.replace(/[\s-]/g, '').toUpperCase();
	if (s.length !== CODE_LENGTH) return null;
	for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return null;
	return s;
}

/** The key that finds the same book entered twice without an ISBN: the folded title and first author. */
export function titleKey(title: string, authors: string): string {
	const first = authors.split(/[,;]/)[0] ?? '';
	return `${normalizeVi(title)}|${normalizeVi(first)}`;
}

/** What search reads: the folded title, authors, publisher and subject words. */
export function titleSearchText(t: { title: string; authors: string; publisher: string; subjectLabel: string; isbn: string | null }): string {
	return normalizeVi(`${t.title} ${t.authors} ${t.publisher} ${t.subjectLabel} ${t.isbn ?? ''}`);
}

/** The day a loan falls due: `days` after the day it was lent (or renewed). */
export function dueDate(from: string, days: number): string {
	const d = new Date(`${from}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Subjects of the catalog, with the Vietnamese words search also reads. */
export const SUBJECTS = {
	children: 'thiếu nhi truyện tranh',
	literature: 'văn học tiểu thuyết truyện',
	farming: 'nông nghiệp trồng trọt chăn nuôi',
	health: 'sức khỏe y tế',
	law: 'pháp luật',
	science: 'khoa học kỹ thuật',
	history: 'lịch sử địa lý',
	skills: 'kỹ năng sống',
	reference: 'tra cứu từ điển',
	other: 'khác'
} as const;
export type Subject = keyof typeof SUBJECTS;
export const AGE_GROUPS = ['children', 'teen', 'adult', 'all'] as const;
