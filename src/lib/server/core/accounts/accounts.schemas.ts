import { humanText } from '../../platform/validation';
import { z } from 'zod';
import { ROLES } from '../../platform/permissions';
import { optionalEmail, uuid } from '../../platform/fields';
import { PASSWORD_MAX, PASSWORD_MIN } from './accounts.policy';

export const login = z
	.string()
	.trim()
	.toLowerCase()
	.min(3, 'errors.field.login')
	.max(64, 'errors.field.login')
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'errors.field.login');

const password = z.string().min(1).max(PASSWORD_MAX);

/**
 * A login as typed: staff names and emails lower-cased; a phone number (residents sign up
 * with one) reduced to its digits, +84 written as 0, so "0912 345 678" and "+84912345678" agree.
 */
export function normalizeLogin(s: string): string {
	const t = s.trim().toLowerCase();
	if (!/^\+?[0-9 .-]{8,20}$/.test(t)) return t;
	const digits = t.replace(/[^0-9]/g, '');
	return t.startsWith('+84') || (digits.startsWith('84') && digits.length === 11) ? `0${digits.slice(2)}` : digits;
}

export const signInInput = z.object({
	login: z.string().trim().min(1).max(254).transform(normalizeLogin),
	password
});
export type SignInInput = z.output<typeof signInInput>;

export const newPassword = z.string().min(PASSWORD_MIN, 'errors.password.too_short').max(PASSWORD_MAX);

export const accountCreate = z
	.object({
		login,
		displayName: humanText(120),
		email: optionalEmail,
		password: newPassword
	})
	.strict();
export type AccountCreate = z.output<typeof accountCreate>;

export const passwordChange = z
	.object({ currentPassword: password, newPassword, confirmPassword: z.string().max(PASSWORD_MAX) })
	.refine((v) => v.newPassword === v.confirmPassword, { message: 'errors.password.mismatch', path: ['confirmPassword'] });

export const tokenCreate = z
	.object({
		name: humanText(80),
		expiresInDays: z.coerce.number().int().min(1).max(730).nullable().optional()
	})
	.strict();

export const grantCreate = z
	.object({
		accountId: uuid,
		role: z.enum(ROLES),
		scopeKind: z.enum(['global', 'unit', 'organization']),
		unitId: uuid.optional().or(z.literal('').transform(() => undefined)),
		orgId: uuid.optional().or(z.literal('').transform(() => undefined))
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.scopeKind === 'unit' && !v.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'errors.field.required' });
		if (v.scopeKind === 'organization' && !v.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: 'errors.field.required' });
	});
export type GrantCreate = z.output<typeof grantCreate>;

export const accountListQuery = z.object({
	q: z.string().trim().max(100).optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});

export const sessionOut = z.object({
	id: z.string(),
	createdAt: z.string(),
	lastSeenAt: z.string(),
	expiresAt: z.string(),
	ip: z.string().nullable(),
	userAgent: z.string().nullable(),
	current: z.boolean()
});

export const meOut = z.object({
	id: z.string(),
	login: z.string(),
	displayName: z.string(),
	roles: z.array(z.object({ role: z.enum(ROLES), scopeKind: z.string(), scopeName: z.string().nullable() }))
});

export const passwordResetRequest = z.object({ login: z.string().trim().min(1).max(254).transform(normalizeLogin) });

export const passwordReset = z
	.object({ token: z.string().trim().min(10).max(100), newPassword, confirmPassword: z.string().max(PASSWORD_MAX) })
	.refine((v) => v.newPassword === v.confirmPassword, { message: 'errors.password.mismatch', path: ['confirmPassword'] });
