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
export type Hashed = Omit<Row<'fund_entries'>, 'hash'>;

/** SHA-256 over the entry's fields in a fixed order, as JSON (no separator can be forged). */
export function entryHash(e: Hashed): string {
	const fields = [e.id, e.fund_id, Number(e.seq), e.kind, Number(e.delta), e.method, e.item, e.party_kind, e.party_name, Number(e.party_public), e.purpose, e.reverses_entry_id, e.occurred_on, e.note, e.created_by_account_id, e.created_at, e.prev_hash];
	return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export type BookProblem = { seq: number; entryId: string | null; reason: 'hash' | 'chain' | 'sequence' | 'balance' | 'head' };

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
