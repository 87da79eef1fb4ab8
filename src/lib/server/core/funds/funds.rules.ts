/**
 * The rules of a fund's book that need no database: how an entry is hashed into the chain, and
 * how a book is checked. Each entry's hash covers every field that says what happened and the
 * hash of the entry before it, so changing, removing or reordering a stored entry breaks the chain
 * from that entry on.
 */
import { createHash } from 'node:crypto';
import type { Row } from '../../platform/db/schema';

/** The hash a fund's first entry follows. */
export const GENESIS = '0'.repeat(64);

/** An entry as it is hashed: every stored field but its own hash. */
type Later = 'donor_id' | 'pledge_id' | 'counterpart_fund_id' | 'counterpart_entry_id';
export type Hashed = Omit<Row<'fund_entries'>, 'hash' | Later> & Partial<Pick<Row<'fund_entries'>, Later>>;

/**
 * SHA-256 over the entry's fields in a fixed order, as JSON (no separator can be forged). The
 * fields added by migration 0024 (donor, pledge, the other side of a transfer) are covered when
 * any is set, so entries written before them keep their hashes.
 */
export function entryHash(e: Hashed): string {
	const fields: unknown[] = [e.id, e.fund_id, Number(e.seq), e.kind, Number(e.delta), e.method, e.item, e.party_kind, e.party_name, Number(e.party_public), e.purpose, e.reverses_entry_id, e.occurred_on, e.note, e.created_by_account_id, e.created_at, e.prev_hash];
	const later = [e.donor_id ?? null, e.pledge_id ?? null, e.counterpart_fund_id ?? null, e.counterpart_entry_id ?? null];
	if (later.some((x) => x !== null)) fields.push(...later);
	return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export type BookProblem = { seq: number; entryId: string | null; reason: 'hash' | 'chain' | 'sequence' | 'balance' | 'head' | 'totals' };

/**
 * The first thing wrong with a book read in order of seq, or null: an entry whose hash is not its
 * own (changed), one that does not follow the one before (removed, reordered), a gap in the
 * numbers, or a fund row whose balance, count or last hash disagrees with the entries.
 */
export function checkBook(fund: { balance: number; entry_count: number; last_hash: string }, entries: (Hashed & { hash: string })[]): BookProblem | null {
	let prev = GENESIS;
	let sum = 0;
	for (const [i, e] of entries.entries()) {
		if (Number(e.seq) !== i + 1) return { seq: i + 1, entryId: e.id, reason: 'sequence' };
		if (e.prev_hash !== prev) return { seq: Number(e.seq), entryId: e.id, reason: 'chain' };
		if (entryHash(e) !== e.hash) return { seq: Number(e.seq), entryId: e.id, reason: 'hash' };
		prev = e.hash;
		sum += Number(e.delta);
		if (sum < 0) return { seq: Number(e.seq), entryId: e.id, reason: 'balance' };
	}
	if (Number(fund.entry_count) !== entries.length || fund.last_hash !== prev) return { seq: entries.length, entryId: null, reason: 'head' };
	if (Number(fund.balance) !== sum) return { seq: entries.length, entryId: null, reason: 'balance' };
	return null;
}

/** Forms of address written before a name ("Em Nguyễn Thị Mai"): not part of the initials. */
const ADDRESS = new Set(['em', 'cháu', 'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ']);

/**
 * "Em Nguyễn Thị Mai (lớp 7)" → "N. T. M.": a person paid from a fund is never named in public
 * without consent; a form of address and anything in brackets are left out.
 */
export const initials = (name: string | null) => {
	const words = (name ?? '')
		.normalize('NFC')
		.replace(/\([^)]*\)?/g, ' ')
		.split(/\s+/)
		.filter((w) => /^\p{L}/u.test(w));
	const named = words.length > 1 && ADDRESS.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
	return named.map((w) => `${w.charAt(0).toUpperCase()}.`).join(' ');
};

/** "0042/2026": a receipt's number in its fund's year. */
export const receiptNumber = (n: number, year: number) => `${String(n).padStart(4, '0')}/${year}`;

/**
 * The line of a fund's running totals an entry counts on: money in by way, out by purpose, moved
 * with another fund; a correction carries the way, purpose or fund of the entry it reverses.
 */
export function totalsLine(e: { method?: string | null; purpose?: string | null; counterpart_fund_id?: string | null }): string | null {
	if (e.method) return `in:${e.method}`;
	if (e.purpose) return `out:${e.purpose}`;
	if (e.counterpart_fund_id) return `move:${e.counterpart_fund_id}`;
	return null;
}
