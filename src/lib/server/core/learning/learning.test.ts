import { describe, expect, it } from 'vitest';
import { parseSessionLines } from './learning.schemas';

describe('a timetable typed one session per line', () => {
	it('reads day/month/year, a time range and a topic; skips blank lines', () => {
		expect(parseSessionLines('05/12/2026 19:00-21:00 Làm quen điện thoại\n\n 6.1.2027 8:00 – 10:30\r\n')).toEqual({
			sessions: [
				{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00', topic: 'Làm quen điện thoại' },
				{ date: '2027-01-06', startsAt: '08:00', endsAt: '10:30' }
			],
			badLine: null
		});
	});
	it('names the first line it cannot read', () => {
		expect(parseSessionLines('05/12/2026 19:00-21:00\nthứ bảy 19h\n07/12/2026 19:00-21:00').badLine).toBe(2);
		expect(parseSessionLines('2026-12-05 19:00-21:00').badLine).toBe(1);
		expect(parseSessionLines('').sessions).toEqual([]);
	});
});
