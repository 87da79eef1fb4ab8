import { describe, expect, it } from 'vitest';
import { checkScores, fitInOrder, nominationScore, rank, refusal } from './scholarships.rules';
import type { Criterion } from './scholarships.schemas';

const CRITERIA: Criterion[] = [
	{ key: 'poor_household', label: 'Hộ nghèo', maxPoints: 25, evidence: '', documents: [] },
	{ key: 'results', label: 'Kết quả học tập', maxPoints: 20, evidence: '', documents: [] }
];

describe('scholarship rules', () => {
	it('checks a review: every criterion marked with whole points within its maximum, nothing unknown', () => {
		expect(checkScores(CRITERIA, { poor_household: '25', results: 12 })).toEqual({ ok: true, scores: { poor_household: 25, results: 12 }, total: 37 });
		const bad = checkScores(CRITERIA, { poor_household: 26, results: '', orphan: 5 });
		expect(bad).toEqual({ ok: false, fields: { 'scores.orphan': { key: 'errors.field.unknown' }, 'scores.poor_household': { key: 'errors.scholarships.points', params: { max: 25 } }, 'scores.results': { key: 'errors.field.required' } } });
		expect(checkScores(CRITERIA, { poor_household: 2.5, results: -1 }).ok).toBe(false);
		expect(checkScores(CRITERIA, { results: 3 })).toMatchObject({ ok: false, fields: { 'scores.poor_household': { key: 'errors.field.required' } } });
	});

	it('scores a nomination as the mean of the reviews without a conflict', () => {
		expect(nominationScore([])).toBeNull();
		expect(nominationScore([{ conflict: true, total: 90 }])).toBeNull();
		expect(nominationScore([{ conflict: false, total: 60 }, { conflict: true, total: 0 }, { conflict: false, total: 71 }])).toBe(65.5);
		expect(nominationScore([{ conflict: false, total: 10 }, { conflict: false, total: 10 }, { conflict: false, total: 11 }])).toBe(10.3);
	});

	it('ranks by score, then by reviews counted, then by who came first, then by id; unscored last and unranked', () => {
		const n = (id: string, score: number | null, reviews: number, createdAt: string) => ({ id, score, reviews, createdAt });
		const ranked = rank([n('e', null, 0, '2026-01-01'), n('a', 70, 2, '2026-01-03'), n('b', 80, 1, '2026-01-05'), n('c', 70, 3, '2026-01-04'), n('d', 70, 2, '2026-01-02'), n('f', 70, 2, '2026-01-02')]);
		expect(ranked.map((r) => [r.id, r.rank])).toEqual([
			['b', 1],
			['c', 2],
			['d', 3],
			['f', 4],
			['a', 5],
			['e', null]
		]);
	});

	it('says what is short: the places first, then the budget with what is left', () => {
		expect(refusal({ budget: 10_000_000, places: 5, committed: 9_000_000, awarded: 4 }, 1_000_000)).toBeNull();
		expect(refusal({ budget: 10_000_000, places: 5, committed: 9_000_000, awarded: 4 }, 1_500_000)).toEqual({ reason: 'budget', left: 1_000_000 });
		expect(refusal({ budget: 10_000_000, places: 5, committed: 5_000_000, awarded: 5 }, 1)).toEqual({ reason: 'places', left: 0 });
	});

	it('fits the next in rank order until the budget or the places run out, never skipping a higher rank for a cheaper one', () => {
		const ranked = [
			{ id: 'a', rank: 1, amount: 1_500_000 },
			{ id: 'b', rank: 2, amount: 1_500_000 },
			{ id: 'c', rank: 3, amount: 2_000_000 },
			{ id: 'd', rank: 4, amount: 500_000 },
			{ id: 'e', rank: null, amount: 100 }
		];
		const amount = (n: { amount: number }) => n.amount;
		expect(fitInOrder(ranked, { budget: 4_500_000, places: 10, committed: 0, awarded: 0 }, amount).map((n) => n.id)).toEqual(['a', 'b']);
		expect(fitInOrder(ranked, { budget: 100_000_000, places: 3, committed: 0, awarded: 1 }, amount).map((n) => n.id)).toEqual(['a', 'b']);
		expect(fitInOrder(ranked, { budget: 100_000_000, places: 10, committed: 0, awarded: 0 }, amount).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});
