/** The field schemas every module shares: one definition of a date, an id, a phone, an email. */
import { z } from 'zod';
import { isCalendarDate } from './clock';
import { UUID_RE } from './ids';

export const calendarDate = z.string().trim().refine(isCalendarDate, 'errors.field.date');

/** How much of a date is known: the whole date, or the year alone. */
export type DatePrecision = 'day' | 'year';
export interface DateOrYear {
	/** YYYY-MM-DD; a year alone is kept as YYYY-01-01 */
	date: string;
	precision: DatePrecision;
}

/**
 * The one reader of "a date or a year" as people write it: 15/03/1980, 15-3-1980, 15.03.1980 or
 * 1980-03-15 (precision 'day'), or a year alone, 1955, as paper lists give older people's births
 * (precision 'year', kept as 1955-01-01). Null when unreadable; the range a use allows (a birth
 * from 1900 to today) is the caller's.
 */
export function readDateOrYear(input: string): DateOrYear | null {
	const t = input.trim();
	if (/^\d{4}$/.test(t)) return { date: `${t}-01-01`, precision: 'year' };
	let y: string, m: string, d: string;
	let hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	if (hit) [, y, m, d] = hit as unknown as [string, string, string, string];
	else {
		hit = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
		if (!hit) return null;
		[, d, m, y] = hit as unknown as [string, string, string, string];
	}
	const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
	return isCalendarDate(iso) ? { date: iso, precision: 'day' } : null;
}

/** A date or a year alone (see readDateOrYear), answered as { date, precision }. */
export const dateOrYear = z
	.string()
	.trim()
	.max(40)
	.transform((s, ctx): DateOrYear => {
		const r = readDateOrYear(s);
		if (!r) {
			ctx.addIssue({ code: 'custom', message: s === '' ? 'errors.field.required' : 'errors.field.date_or_year' });
			return z.NEVER;
		}
		return r;
	});
export const uuid = z.string().trim().regex(UUID_RE, 'errors.field.id');

/** Optional free text: '' becomes null. */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((s) => (s === '' ? null : s))
		.nullable()
		.optional();

/** Optional phone number as typed (8–20 digits with spaces, dots or dashes); '' becomes null. */
export const optionalPhone = z
	.string()
	.trim()
	.max(30)
	.refine((s) => s === '' || /^\+?[0-9 .-]{8,20}$/.test(s), 'errors.field.phone')
	.transform((s) => (s === '' ? null : s))
	.nullable()
	.optional();

/** Optional email address, lower-cased; '' becomes null. */
export const optionalEmail = z
	.string()
	.trim()
	.max(254)
	.refine((s) => s === '' || z.email().safeParse(s).success, 'errors.field.email')
	.transform((s) => (s === '' ? null : s.toLowerCase()))
	.nullable()
	.optional();
