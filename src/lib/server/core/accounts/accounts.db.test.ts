import { expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { DEMO_PASSWORD } from '../../demo/seed';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { THROTTLE_RULES } from './accounts.policy';
import { STRONG, WRONG, MINUTE, HOUR, freshIp, ctx, newAccount, signIn, BAD_CREDENTIALS, freshLogin } from '../../testing/accounts';

describeEachDatabase('accounts', { demo: true }, (get) => {
	// 1. Sign-in

	it('gives a session token for the right password, and nothing for a wrong one or an unknown login', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const ok = await signIn(s, login, STRONG);
		expect(ok.token).toMatch(/^\S{20,}$/);
		expect(ok.actor.login).toBe(login);
		expect(await s.accounts.authenticateSession(ok.token)).toMatchObject({ login, via: 'session' });
		// the login is case- and space-insensitive; the password is not
		expect((await signIn(s, `  ${login.toUpperCase()} `, STRONG)).actor.login).toBe(login);
		expect(await errorOf(signIn(s, login, STRONG.toUpperCase()))).toMatchObject(BAD_CREDENTIALS);

		const wrong = await errorOf(signIn(s, login, WRONG));
		expect(wrong).toMatchObject(BAD_CREDENTIALS);
		const unknown = await errorOf(signIn(s, `khong.co.${freshLogin()}`, STRONG));
		expect(unknown).toMatchObject(BAD_CREDENTIALS);
		// nothing tells an unknown login from a wrong password
		expect({ code: unknown.code, key: unknown.key, fields: unknown.fields }).toEqual({ code: wrong.code, key: wrong.key, fields: wrong.fields });
		// malformed input is refused per field, before any lookup
		expect(await errorOf(s.accounts.signIn({ ip: freshIp(), userAgent: null }, { login: '', password: '' }))).toMatchObject({
			code: 'invalid',
			fields: { login: { key: 'errors.field.required' }, password: { key: 'errors.field.required' } }
		});
	});

	it('never stores the session token itself, only its hash', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const r = await signIn(s, login, STRONG);
		expect(r.actor.sessionId).toBeTruthy();
		expect(r.actor.sessionId).not.toBe(r.token);
		const k = s.db.kysely;
		expect(await k.selectFrom('sessions').select('id').where('id', '=', r.token).executeTakeFirst()).toBeUndefined();
		expect(await k.selectFrom('sessions').select('id').where('id', '=', r.actor.sessionId!).executeTakeFirst()).toBeDefined();
	});

	it('does not let a disabled account sign in, ends its sessions, and lets it back once enabled', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const { id, login } = await newAccount(s);
		const live = await signIn(s, login, STRONG);
		await s.accounts.setAccountStatus(admin, id, 'disabled');
		expect(await errorOf(signIn(s, login, STRONG))).toMatchObject(BAD_CREDENTIALS);
		expect(await s.accounts.authenticateSession(live.token)).toBeNull();
		await s.accounts.setAccountStatus(admin, id, 'active');
		expect((await signIn(s, login, STRONG)).token).toBeTruthy();
		// an administrator cannot disable themself
		expect(await errorOf(s.accounts.setAccountStatus(admin, admin.actor!.accountId, 'disabled'))).toMatchObject({
			code: 'invalid',
			fields: { status: { key: 'errors.account.not_self' } }
		});
		// and an officer cannot disable anyone
		const officer = await authAs(s, 'quangminh.canbo');
		expect((await errorOf(s.accounts.setAccountStatus(officer, id, 'disabled'))).code).toBe('forbidden');
		expect((await signIn(s, login, STRONG)).token).toBeTruthy();
	});

	// 2. Throttling

	it(`refuses the attempt after ${THROTTLE_RULES.pair.free} failures from one address, even with the right password, until the delay has passed`, async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const ip = freshIp();
		for (let i = 0; i < THROTTLE_RULES.pair.free; i++) expect((await errorOf(signIn(s, login, WRONG, ip))).code).toBe('invalid');
		const e = await errorOf(signIn(s, login, STRONG, ip));
		expect(e.code).toBe('rate_limited');
		expect(e.key).toBe('errors.auth.throttled');
		expect(e.retryAfter).toBeGreaterThan(0);
		expect(e.params.seconds).toBe(e.retryAfter);
		clock.advance(e.retryAfter! * 1000 - 1);
		expect((await errorOf(signIn(s, login, STRONG, ip))).code).toBe('rate_limited');
		clock.advance(1);
		expect((await signIn(s, login, STRONG, ip)).token).toBeTruthy();
	});

	it('makes the delay grow with each further failure', async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const ip = freshIp();
		let first: AppError | null = null;
		for (let i = 0; i < THROTTLE_RULES.pair.free + 3 && !first; i++) {
			const e = await errorOf(signIn(s, login, WRONG, ip));
			if (e.code === 'rate_limited') first = e;
			else expect(e.code).toBe('invalid');
		}
		expect(first, 'a guessing loop from one address must be slowed down').not.toBeNull();
		const waits = [first!.retryAfter!];
		for (let round = 0; round < 3; round++) {
			clock.advance(waits.at(-1)! * 1000);
			expect((await errorOf(signIn(s, login, WRONG, ip))).code).toBe('invalid');
			const e = await errorOf(signIn(s, login, STRONG, ip));
			expect(e.code).toBe('rate_limited');
			waits.push(e.retryAfter!);
		}
		for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
	});

	it('caps the per-account delay at 60 s when the failures come from many addresses', async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const waits: number[] = [];
		let failures = 0;
		for (let guard = 0; failures < 20 && guard < 100; guard++) {
			const e = await errorOf(signIn(s, login, WRONG, freshIp()));
			if (e.code === 'rate_limited') {
				waits.push(e.retryAfter!);
				clock.advance(e.retryAfter! * 1000);
			} else {
				expect(e.code).toBe('invalid');
				failures++;
			}
		}
		expect(failures).toBe(20);
		expect(waits.length, 'failures spread over addresses must still slow the guessing down').toBeGreaterThan(0);
		for (const w of waits) expect(w).toBeLessThanOrEqual(60);
		expect(Math.max(...waits)).toBe(60);
		// the person, from home: waits at most a minute, then gets in
		const home = freshIp();
		const e = await errorOf(signIn(s, login, STRONG, home));
		expect(e.code).toBe('rate_limited');
		expect(e.retryAfter).toBeGreaterThan(0);
		expect(e.retryAfter).toBeLessThanOrEqual(60);
		clock.advance(60_000);
		expect((await signIn(s, login, STRONG, home)).token).toBeTruthy();
	});

	it('lets the person in from another address while a stranger keeps guessing from one', async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const stranger = freshIp();
		const home = freshIp();
		// a guess every half second for three minutes, each refused (wrong or throttled)
		let wrong = 0;
		let refused = 0;
		for (let i = 0; i < 360; i++) {
			const e = await errorOf(signIn(s, login, WRONG, stranger));
			if (e.code === 'invalid') wrong++;
			else {
				expect(e.code).toBe('rate_limited');
				refused++;
			}
			clock.advance(500);
			// the person tries every ten seconds from home, and gets in every time
			if (i % 20 === 10) expect((await signIn(s, login, STRONG, home)).token, `sign-in at ${i / 2} s`).toBeTruthy();
		}
		expect(refused, 'the stranger is slowed down').toBeGreaterThan(300);
		expect(wrong, 'the stranger checks few passwords').toBeLessThan(20);
	});

	it('does not count attempts already refused by the pair or the address against the account', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const stranger = freshIp();
		for (let i = 0; i < 40; i++) await errorOf(signIn(s, login, WRONG, stranger));
		const row = await s.db.kysely.selectFrom('sign_in_throttle').select(['failures', 'blocked_until']).where('key', '=', `account:${login}`).executeTakeFirst();
		expect(Number(row?.failures)).toBeLessThanOrEqual(THROTTLE_RULES.pairToAccount);
		expect(row?.blocked_until ?? null).toBeNull();
		expect((await signIn(s, login, STRONG, freshIp())).token).toBeTruthy();
	});

	it("clears the account's counters on a successful sign-in", async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		// per (account, address)
		const ip = freshIp();
		for (let round = 0; round < 2; round++) {
			for (let i = 0; i < THROTTLE_RULES.pair.free - 1; i++) expect((await errorOf(signIn(s, login, WRONG, ip))).code).toBe('invalid');
			expect((await signIn(s, login, STRONG, ip)).token).toBeTruthy();
		}
		// per account, over many addresses
		for (let round = 0; round < 2; round++) {
			for (let i = 0; i < THROTTLE_RULES.account.free - 1; i++) expect((await errorOf(signIn(s, login, WRONG, freshIp()))).code).toBe('invalid');
			expect((await signIn(s, login, STRONG, freshIp())).token).toBeTruthy();
		}
		const left = await s.db.kysely.selectFrom('sign_in_throttle').select('key').where('key', 'in', [`account:${login}`, `pair:${login}|${ip}`]).execute();
		expect(left).toEqual([]);
	});

	// 3. Sessions

	it('turns a session token into the actor with its grants, read on every request', async () => {
		const s = get().services;
		const r = await signIn(s, 'quangminh.canbo', DEMO_PASSWORD);
		const actor = await s.accounts.authenticateSession(r.token);
		expect(actor).toMatchObject({ login: 'quangminh.canbo', displayName: 'Nguyễn Văn Minh', via: 'session', sessionId: r.actor.sessionId, tokenId: null });
		expect(actor!.grants.map((g) => ({ role: g.role, scope: g.scope }))).toEqual([{ role: 'commune_officer', scope: { kind: 'unit', unitId: demoId('xa-quang-minh') } }]);
		expect(await s.accounts.authenticateSession('')).toBeNull();
		expect(await s.accounts.authenticateSession('not-a-session')).toBeNull();
		expect(await s.accounts.authenticateSession(r.token + 'x')).toBeNull();
		expect(await s.accounts.authenticateSession('x'.repeat(5000))).toBeNull();
	});

	it('rotates the session at sign-in: the token presented is revoked', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const first = await signIn(s, login, STRONG);
		const second = await s.accounts.signIn({ ip: freshIp(), userAgent: 'vitest' }, { login, password: STRONG }, first.token);
		expect(second.token).not.toBe(first.token);
		expect(await s.accounts.authenticateSession(first.token)).toBeNull();
		expect(await s.accounts.authenticateSession(second.token)).not.toBeNull();
		// a failed sign-in does not revoke the presented session
		await errorOf(s.accounts.signIn({ ip: freshIp(), userAgent: 'vitest' }, { login, password: WRONG }, second.token));
		expect(await s.accounts.authenticateSession(second.token)).not.toBeNull();
	});

	it('ends a staff session after 30 minutes idle, and keeps a used one alive', async () => {
		const s = get().services;
		const clock = get().clock;
		const used = await signIn(s, 'quangminh.canbo', DEMO_PASSWORD);
		const idle = await signIn(s, 'quangminh.canbo', DEMO_PASSWORD);
		clock.advance(29 * MINUTE);
		expect(await s.accounts.authenticateSession(used.token)).not.toBeNull();
		clock.advance(2 * MINUTE);
		expect(await s.accounts.authenticateSession(idle.token)).toBeNull();
		expect(await s.accounts.authenticateSession(used.token)).not.toBeNull();
		const late = await signIn(s, 'quangminh.canbo', DEMO_PASSWORD);
		clock.advance(31 * MINUTE);
		expect(await s.accounts.authenticateSession(late.token)).toBeNull();
	});

	it('keeps a staff session touched every 20 minutes alive, yet ends it at 12 hours', async () => {
		const s = get().services;
		const clock = get().clock;
		const r = await signIn(s, 'yenlang.canbo', DEMO_PASSWORD);
		for (let i = 1; i <= 35; i++) {
			clock.advance(20 * MINUTE);
			expect(await s.accounts.authenticateSession(r.token), `after ${i * 20} minutes`).not.toBeNull();
		}
		clock.advance(19 * MINUTE); // 11 h 59
		expect(await s.accounts.authenticateSession(r.token)).not.toBeNull();
		clock.advance(1 * MINUTE); // 12 h
		expect(await s.accounts.authenticateSession(r.token)).toBeNull();
		clock.advance(1 * MINUTE);
		expect(await s.accounts.authenticateSession(r.token)).toBeNull();
	});

	it('keeps a resident session through 2 hours idle, when a staff one has ended', async () => {
		const s = get().services;
		const clock = get().clock;
		const resident = await signIn(s, 'dan.lan', DEMO_PASSWORD);
		const staff = await signIn(s, 'melinh.khuyenhoc', DEMO_PASSWORD);
		clock.advance(2 * HOUR);
		expect(await s.accounts.authenticateSession(resident.token)).toMatchObject({ login: 'dan.lan' });
		expect(await s.accounts.authenticateSession(staff.token)).toBeNull();
	});

	it('revokes a session at once on sign-out', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const a = await signIn(s, login, STRONG);
		const b = await signIn(s, login, STRONG);
		await s.accounts.signOut(ctx((await s.accounts.authenticateSession(a.token))!));
		expect(await s.accounts.authenticateSession(a.token)).toBeNull();
		expect(await s.accounts.authenticateSession(b.token)).not.toBeNull();
		// signing out with no session is a no-op, not an error
		await s.accounts.signOut(anonymous);
	});

	it("signs out everywhere: every session of that account, and not another account's", async () => {
		const s = get().services;
		const a = await newAccount(s);
		const b = await newAccount(s);
		const a1 = await signIn(s, a.login, STRONG);
		const a2 = await signIn(s, a.login, STRONG);
		const b1 = await signIn(s, b.login, STRONG);
		expect(await s.accounts.signOutEverywhere(ctx(a1.actor))).toBe(2);
		expect(await s.accounts.authenticateSession(a1.token)).toBeNull();
		expect(await s.accounts.authenticateSession(a2.token)).toBeNull();
		expect(await s.accounts.authenticateSession(b1.token)).toMatchObject({ login: b.login });
		expect((await errorOf(s.accounts.signOutEverywhere(anonymous))).code).toBe('unauthenticated');
	});

	it('changes the password: other sessions end, this one stays; a wrong current or a common new password is refused', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const mine = await signIn(s, login, STRONG);
		const other = await signIn(s, login, STRONG);
		const me = ctx(mine.actor);
		const NEW = 'Đồng-lúa-chín-vàng-77';

		expect(await errorOf(s.accounts.changePassword(me, { currentPassword: WRONG, newPassword: NEW, confirmPassword: NEW }))).toMatchObject({
			code: 'invalid',
			fields: { currentPassword: { key: 'errors.password.wrong_current' } }
		});
		expect(await errorOf(s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: 'password1', confirmPassword: 'password1' }))).toMatchObject({
			code: 'invalid',
			fields: { newPassword: { key: 'errors.password.common' } }
		});
		expect(await errorOf(s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: `${login}-2026`, confirmPassword: `${login}-2026` }))).toMatchObject({
			fields: { newPassword: { key: 'errors.password.common' } }
		});
		expect(await errorOf(s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: 'ngắn', confirmPassword: 'ngắn' }))).toMatchObject({
			fields: { newPassword: { key: 'errors.password.too_short' } }
		});
		expect(await errorOf(s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: NEW, confirmPassword: NEW + 'x' }))).toMatchObject({
			fields: { confirmPassword: { key: 'errors.password.mismatch' } }
		});
		// nothing changed so far
		expect(await s.accounts.authenticateSession(other.token)).not.toBeNull();

		await s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: NEW, confirmPassword: NEW });
		expect(await s.accounts.authenticateSession(mine.token)).not.toBeNull();
		expect(await s.accounts.authenticateSession(other.token)).toBeNull();
		expect(await errorOf(signIn(s, login, STRONG))).toMatchObject(BAD_CREDENTIALS);
		expect((await signIn(s, login, NEW)).token).toBeTruthy();
		expect((await errorOf(s.accounts.changePassword(anonymous, { currentPassword: NEW, newPassword: STRONG, confirmPassword: STRONG }))).code).toBe('unauthenticated');
	});

	it('lists my live sessions and marks the current one', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const a = await signIn(s, login, STRONG, '203.0.113.7');
		const b = await signIn(s, login, STRONG);
		await s.accounts.signOut(ctx(b.actor));
		const list = await s.accounts.listMySessions(ctx(a.actor));
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ current: true, ip: '203.0.113.7', userAgent: 'vitest' });
		expect(JSON.stringify(list)).not.toContain(a.actor.sessionId!);
	});
});
