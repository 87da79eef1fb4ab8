/** The field schemas every module shares: one definition of a date, an id, a phone, an email. */
import { z } from 'zod';
import { isCalendarDate } from './clock';
import { UUID_RE } from './ids';

export const calendarDate = z.string().trim().refine(isCalendarDate, 'errors.field.date');
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
