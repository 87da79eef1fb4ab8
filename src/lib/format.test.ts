import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, formatDayVi } from './format';

describe('dates as Việt Nam reads them', () => {
	it('shows an instant on its calendar day in Việt Nam, not in UTC', () => {
		expect(formatDayVi('2026-12-02T20:14:00Z')).toBe('03/12/2026');
		expect(formatDayVi('2026-12-02T20:14:00.000Z')).toBe('03/12/2026');
		expect(formatDayVi('2026-12-02T16:59:59.999Z')).toBe('02/12/2026');
		expect(formatDayVi('2026-12-02T17:00:00.000Z')).toBe('03/12/2026');
		expect(formatDayVi('2026-12-31T18:00:00.000Z')).toBe('01/01/2027');
	});

	it('answers nothing for no instant or an unreadable one', () => {
		expect(formatDayVi(null)).toBe('');
		expect(formatDayVi(undefined)).toBe('');
		expect(formatDayVi('')).toBe('');
		expect(formatDayVi('not a date')).toBe('');
	});

	it('keeps a calendar date and a date-time as they were', () => {
		expect(formatDateVi('2026-12-02')).toBe('02/12/2026');
		expect(formatDateTimeVi('2026-12-02T20:14:00Z')).toBe('03/12/2026 03:14');
	});
});
