/**
 * Whose consent a purpose needs (DOMAIN.md §7, Nghị định 13/2023 assumed to hold): a child
 * under 7 through a guardian; a child aged 7 to 15 both personally and through a guardian;
 * from 16 the person alone. Silence is not consent: no row, no consent.
 */
export type Party = 'self' | 'guardian';

export function ageOn(birthDate: string, on: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [y, m, d] = on.split('-').map(Number) as [number, number, number];
	return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function partiesNeeded(age: number): Party[] {
	if (age < 7) return ['guardian'];
	if (age <= 15) return ['self', 'guardian'];
	return ['self'];
}

/** Which of the needed parties have not consented (empty: the purpose is consented). */
export function missingParties(age: number, given: readonly Party[]): Party[] {
	return partiesNeeded(age).filter((p) => !given.includes(p));
}
