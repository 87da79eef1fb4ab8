import { AppError } from '../platform/errors';
/** Test helpers that sign demo accounts in through the real accounts service. */
import type { AuthContext } from '../platform/access';
import type { Services } from '../app';
import { DEMO_PASSWORD } from '../demo/seed';

let n = 0;
export async function authAs(s: Services, login: string): Promise<AuthContext> {
	const ip = `test-client-${n++}`;
	const r = await s.accounts.signIn({ ip, userAgent: 'vitest' }, { login, password: DEMO_PASSWORD });
	return { actor: r.actor, ip, userAgent: 'vitest', locale: 'vi' };
}

/** A fresh account with no role (a reader, a volunteer), signed in: its login and auth. */
export async function newPerson(s: Services, name: string, email: string | null = null): Promise<{ login: string; auth: AuthContext }> {
	const login = `p${Date.now().toString(36)}${n++}`;
	await s.accounts.createAccountDirect({ login, displayName: name, password: DEMO_PASSWORD, email, grants: [] });
	return { login, auth: await authAs(s, login) };
}

export const anonymous: AuthContext = { actor: null, ip: '127.0.0.1', userAgent: 'vitest', locale: 'vi' };

/** The AppError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function errorOf(p: Promise<unknown>): Promise<AppError> {
	const e = await p.then(
		() => undefined,
		(err: unknown) => err
	);
	if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${e === undefined ? 'success' : String(e)}`);
	return e;
}
