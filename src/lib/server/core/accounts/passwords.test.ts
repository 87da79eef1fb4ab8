import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { PASSWORD_MIN } from './accounts.policy';
import { checkNewPassword, hashPassword, sha256, verifyPassword } from './passwords';

function refusal(fn: () => void): AppError {
	try {
		fn();
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the password to be refused');
}

describe('checkNewPassword', () => {
	it('refuses a password shorter than the minimum, on the named field', () => {
		const justShort = 'Xk9#mP2q!'.slice(0, PASSWORD_MIN - 1);
		expect(justShort).toHaveLength(PASSWORD_MIN - 1);
		const e = refusal(() => checkNewPassword(justShort, 'lan'));
		expect(e.code).toBe('invalid');
		expect(e.fields).toEqual({ password: { key: 'errors.password.too_short', params: { min: PASSWORD_MIN } } });
		expect(refusal(() => checkNewPassword('Ng4n!', 'lan', 'newPassword')).fields).toEqual({
			newPassword: { key: 'errors.password.too_short', params: { min: PASSWORD_MIN } }
		});
	});

	it('refuses common passwords, whatever their case', () => {
		for (const p of ['password1', 'PASSWORD1', '12345678', 'qwertyuiop', 'iloveyou'])
			expect(refusal(() => checkNewPassword(p, 'lan')).fields.password?.key, p).toBe('errors.password.common');
	});

	it('refuses one character repeated', () => {
		expect(refusal(() => checkNewPassword('zzzzzzzzzz', 'lan')).fields.password?.key).toBe('errors.password.common');
	});

	it('refuses a password that is or contains the login', () => {
		expect(refusal(() => checkNewPassword('nguyenthilan', 'nguyenthilan')).fields.password?.key).toBe('errors.password.common');
		expect(refusal(() => checkNewPassword('Nguyen.Lan-1990', 'nguyen.lan', 'newPassword')).fields).toEqual({
			newPassword: { key: 'errors.password.common', params: { min: PASSWORD_MIN } }
		});
	});

	it('accepts a long, uncommon password', () => {
		expect(() => checkNewPassword('Xk9#mP2q!'.slice(0, PASSWORD_MIN), 'lan')).not.toThrow();
		expect(() => checkNewPassword('Sông-Hồng-chảy-mãi-2026', 'nguyen.lan')).not.toThrow();
	});
});

describe('hashPassword and verifyPassword', () => {
	it('hashes with argon2id, salted, and verifies only the right password', async () => {
		const h1 = await hashPassword('Sông-Hồng-chảy-mãi-2026');
		const h2 = await hashPassword('Sông-Hồng-chảy-mãi-2026');
		expect(h1).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(h1).not.toBe(h2);
		expect(h1).not.toContain('Sông');
		expect(await verifyPassword(h1, 'Sông-Hồng-chảy-mãi-2026')).toBe(true);
		expect(await verifyPassword(h2, 'Sông-Hồng-chảy-mãi-2026')).toBe(true);
		expect(await verifyPassword(h1, 'sông-hồng-chảy-mãi-2026')).toBe(false);
		expect(await verifyPassword(h1, '')).toBe(false);
	});

	it('treats composed and decomposed Vietnamese letters as the same password', async () => {
		const composed = 'Mật khẩu của tôi'.normalize('NFC');
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		const h = await hashPassword(decomposed);
		expect(await verifyPassword(h, composed)).toBe(true);
	});

	it('answers false, not an error, for a damaged stored hash', async () => {
		expect(await verifyPassword('', 'x')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
		expect(await verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$broken', 'x')).toBe(false);
	});
});

describe('sha256', () => {
	it('gives the hex digest', () => {
		expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});
