import { describe, expect, it } from 'vitest';
import { ageOn, missingParties, partiesNeeded } from './consents.rules';

describe('consent rules', () => {
	it('counts age in whole years, birthdays included', () => {
		expect(ageOn('2019-11-29', '2026-11-29')).toBe(7);
		expect(ageOn('2019-11-30', '2026-11-29')).toBe(6);
		expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
	});
	it('needs a guardian under 7, the child and a guardian from 7 to 15, the person alone from 16', () => {
		expect(partiesNeeded(6)).toEqual(['guardian']);
		expect(partiesNeeded(7)).toEqual(['self', 'guardian']);
		expect(partiesNeeded(15)).toEqual(['self', 'guardian']);
		expect(partiesNeeded(16)).toEqual(['self']);
		expect(missingParties(10, ['self'])).toEqual(['guardian']);
		expect(missingParties(10, [])).toEqual(['self', 'guardian']);
		expect(missingParties(40, ['guardian'])).toEqual(['self']);
	});
});
