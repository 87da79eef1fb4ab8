/** Time is read through a clock so tests can move it. Times are UTC ISO-8601 strings. */
export interface Clock {
	now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
	private t: number;
	constructor(start: string | Date = '2026-11-29T08:00:00.000Z') {
		this.t = new Date(start).getTime();
	}
	now(): Date {
		return new Date(this.t);
	}
	advance(ms: number): void {
		this.t += ms;
	}
	set(at: string | Date): void {
		this.t = new Date(at).getTime();
	}
}

/** Calendar date (YYYY-MM-DD) of an instant, in Vietnam's time zone (UTC+7, no DST). */
/** Việt Nam is UTC+7 all year (no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;

export function vnDate(at: Date): string {
	return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Date and minute in Việt Nam, YYYY-MM-DDTHH:MM (a file name's stamp, say). */
export function vnMinute(at: Date): string {
	return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant a Việt Nam calendar day (YYYY-MM-DD) begins, as a UTC ISO string (17:00 the day before). */
export function vnDayStart(date: string): string {
	return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** The calendar date `days` after (or before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
	return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The hour of the day in Việt Nam (0–23). */
export function vnHour(at: Date): number {
	return new Date(at.getTime() + VN_OFFSET_MS).getUTCHours();
}

export const todayVn = (clock: Clock): string => vnDate(clock.now());

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
	if (!DATE_RE.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export { formatDateVi, formatDateTimeVi, formatDayVi } from '../../format';
