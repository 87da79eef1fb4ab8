import { hash, verify } from '@node-rs/argon2';
import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors';
import { COMMON_PASSWORDS } from './common-passwords';
import { PASSWORD_MIN } from './accounts.policy';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane
const OPTS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password.normalize('NFC'), OPTS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password.normalize('NFC'));
	} catch {
		return false;
	}
}

let dummy: Promise<string> | null = null;
/** Spends the same time as a real check, so that unknown logins cannot be told apart. */
export async function verifyDummy(password: string): Promise<void> {
	dummy ??= hashPassword('không-có-tài-khoản-này');
	await verifyPassword(await dummy, password);
}

/** Throws invalid on `field` when the password is too short, too common or repeats the login. */
export function checkNewPassword(password: string, login: string, field = 'password'): void {
	const p = password.toLowerCase();
	let key: string | null = null;
	if (password.length < PASSWORD_MIN) key = 'errors.password.too_short';
	else if (COMMON_PASSWORDS.has(p) || /^(.)\1+$/.test(p) || p === login.toLowerCase() || p.includes(login.toLowerCase()))
		key = 'errors.password.common';
	if (key) throw new AppError('invalid', 'errors.invalid', { fields: { [field]: { key, params: { min: PASSWORD_MIN } } } });
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
