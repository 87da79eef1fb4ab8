/** Test helpers for the accounts suites: fresh logins and addresses, accounts with a known password. */
import type { Actor, AuthContext, Scope } from '../platform/access';
import type { Role } from '../platform/permissions';
import type { Services } from '../app';

export const STRONG = 'Sông-Hồng-chảy-mãi-2026';
export const WRONG = 'doan-bua-mat-khau';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const UNKNOWN_ID = '00000000-0000-7000-8000-000000000000';

const stamp = Math.random().toString(36).slice(2, 7);
let seq = 0;
export const freshLogin = () => `t${stamp}.${seq++}`;
export const freshIp = () => `ip-${stamp}-${seq++}`;

export const ctx = (actor: Actor | null, ip: string | null = '192.0.2.10'): AuthContext => ({ actor, ip, userAgent: 'vitest', locale: 'vi' });

export async function newAccount(s: Services, grants: { role: Role; scope: Scope }[] = []) {
	const login = freshLogin();
	const { id } = await s.accounts.createAccountDirect({ login, displayName: 'Người thử nghiệm', password: STRONG, grants });
	return { id, login };
}

export const signIn = (s: Services, login: string, password: string, ip: string | null = freshIp()) => s.accounts.signIn({ ip, userAgent: 'vitest' }, { login, password });

export const BAD_CREDENTIALS = { code: 'invalid', key: 'errors.auth.bad_credentials', fields: { password: { key: 'errors.auth.bad_credentials' } } };
