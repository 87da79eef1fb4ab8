import { describe, expect, it } from 'vitest';
import { checkBook, entryHash, GENESIS, initials } from './funds.rules';

describe('funds: initials and the hash chain', () => {
	it('shows a person paid from a fund by initials only, without a form of address or what is in brackets', () => {
		expect(initials('Nguyễn Thị Mai')).toBe('N. T. M.');
		expect(initials('Em Nguyễn Thị Mai (lớp 7)')).toBe('N. T. M.');
		expect(initials('  đặng   văn  an ')).toBe('Đ. V. A.');
		expect(initials('Em')).toBe('E.');
		expect(initials(null)).toBe('');
	});

	it('finds a changed, a removed and a reordered entry', () => {
		const base = { fund_id: 'f', kind: 'donation', method: 'cash', item: null, party_kind: 'person', party_name: 'A', party_public: 0, purpose: null, reverses_entry_id: null, occurred_on: '2026-11-01', note: null, created_by_account_id: null, created_at: '2026-11-01T00:00:00Z' };
		const one = { ...base, id: 'e1', seq: 1, delta: 100, prev_hash: GENESIS, hash: '' };
		one.hash = entryHash(one);
		const two = { ...base, id: 'e2', seq: 2, delta: 50, prev_hash: one.hash, hash: '' };
		two.hash = entryHash(two);
		const fund = { balance: 150, entry_count: 2, last_hash: two.hash };
		expect(checkBook(fund, [one, two])).toBeNull();
		expect(checkBook(fund, [one, { ...two, delta: 500 }])).toEqual({ seq: 2, entryId: 'e2', reason: 'hash' });
		expect(checkBook(fund, [two])).toEqual({ seq: 1, entryId: 'e2', reason: 'sequence' });
		expect(checkBook(fund, [{ ...two, seq: 1 }, { ...one, seq: 2 }])).toEqual({ seq: 1, entryId: 'e2', reason: 'chain' });
		expect(checkBook({ ...fund, balance: 999 }, [one, two])).toEqual({ seq: 2, entryId: null, reason: 'balance' });
	});

	it('covers a donation’s donor, pledge and a transfer’s other side in the hash, and leaves entries written before them as they were', () => {
		const base = { id: 'e1', fund_id: 'f', seq: 1, kind: 'donation', delta: 100, method: 'cash', item: null, party_kind: 'person', party_name: null, party_public: 0, purpose: null, reverses_entry_id: null, occurred_on: '2026-11-01', note: null, created_by_account_id: null, created_at: '2026-11-01T00:00:00Z', prev_hash: GENESIS };
		const old = entryHash(base);
		expect(entryHash({ ...base, donor_id: null, pledge_id: null, counterpart_fund_id: null, counterpart_entry_id: null })).toBe(old);
		const withDonor = entryHash({ ...base, donor_id: 'd1' });
		expect(withDonor).not.toBe(old);
		expect(entryHash({ ...base, donor_id: 'd2' })).not.toBe(withDonor);
		expect(entryHash({ ...base, donor_id: 'd1', pledge_id: 'p1' })).not.toBe(withDonor);
		expect(entryHash({ ...base, counterpart_fund_id: 'g' })).not.toBe(entryHash({ ...base, counterpart_fund_id: 'h' }));
	});
});
