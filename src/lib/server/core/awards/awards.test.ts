import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { consentProblem, isPublic, payRefusal, ruleLabel } from './awards.rules';
import { honourBoardQuery, regulationInput, schoolYear } from './awards.schemas';

describe('awards rules', () => {
	it('reads a rule without a label in Vietnamese: a prize by rank then level, other achievements by name', () => {
		expect(ruleLabel('national_prize', 'first')).toBe('Giải Nhất cấp quốc gia');
		expect(ruleLabel('city_prize', 'consolation')).toBe('Giải Khuyến khích cấp thành phố');
		expect(ruleLabel('commune_prize', 'none')).toBe('Giải cấp xã');
		expect(ruleLabel('valedictorian', 'none')).toBe('Thủ khoa');
		expect(ruleLabel('excellent_pupil', 'second')).toBe('Học sinh giỏi (giải nhì)');
	});

	it('pays only an approved award that has not been paid', () => {
		expect(payRefusal({ status: 'approved', paid_entry_id: null })).toBeNull();
		expect(payRefusal({ status: 'proposed', paid_entry_id: null })).toBe('errors.awards.not_approved');
		expect(payRefusal({ status: 'rejected', paid_entry_id: null })).toBe('errors.awards.not_approved');
		expect(payRefusal({ status: 'paid', paid_entry_id: 'x' })).toBe('errors.awards.already_paid');
		expect(payRefusal({ status: 'approved', paid_entry_id: 'x' })).toBe('errors.awards.already_paid');
	});

	it('shows a nominee only when approved and consented; a minor’s consent names a guardian', () => {
		expect(isPublic({ status: 'approved', consent: 'given' })).toBe(true);
		for (const [status, consent] of [['approved', 'none'], ['approved', 'withdrawn'], ['proposed', 'given'], ['rejected', 'given']] as const) expect(isPublic({ status, consent }), `${status}/${consent}`).toBe(false);
		expect(consentProblem(true, null)).toBe('errors.awards.guardian');
		expect(consentProblem(true, 'Bà Lê Thị Hằng')).toBeNull();
		expect(consentProblem(false, null)).toBeNull();
	});

	it('reads a school year as people write it, and refuses one that does not follow', () => {
		expect(schoolYear.parse('2025 - 2026')).toBe('2025-2026');
		expect(schoolYear.parse('2025–2026')).toBe('2025-2026');
		for (const bad of ['2025-2027', '2025', '25-26', '2026-2025']) expect(schoolYear.safeParse(bad).success, bad).toBe(false);
	});

	it('takes amounts typed with dots, and years typed or blank on the board', () => {
		const v = parseInput(regulationInput, { title: 'Quy chế', effectiveFrom: '2026-09-01', rules: [{ achievement: 'valedictorian', amount: '1.500.000' }] });
		expect(v.rules[0]).toMatchObject({ amount: 1_500_000, level: 'none' });
		expect(parseInput(honourBoardQuery, { year: '2026', unit: '' })).toEqual({ year: 2026, unit: undefined });
		expect(parseInput(honourBoardQuery, { year: '' })).toEqual({ year: undefined, unit: undefined });
		const e = (() => {
			try {
				parseInput(honourBoardQuery, { year: '26' });
			} catch (x) {
				return x as AppError;
			}
		})();
		expect(e?.fields.year?.key).toBe('errors.awards.year');
	});
});
