import { expect, it } from 'vitest';
import type { Actor, AuthContext, Scope } from '../../platform/access';
import { AppError } from '../../platform/errors';
import type { Role } from '../../platform/permissions';
import type { Services } from '../../app';
import { DEMO_PASSWORD } from '../../demo/seed';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { THROTTLE_RULES } from './accounts.policy';

const STRONG = 'Sông-Hồng-chảy-mãi-2026';
const WRONG = 'doan-bua-mat-khau';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const UNKNOWN_ID = '00000000-0000-7000-8000-000000000000';

const stamp = Math.random().toString(36).slice(2, 7);
let seq = 0;
const freshLogin = () => `t${stamp}.${seq++}`;
const freshIp = () => `ip-${stamp}-${seq++}`;

const ctx = (actor: Actor | null, ip: string | null = '192.0.2.10'): AuthContext => ({ actor, ip, userAgent: 'vitest', locale: 'vi' });

async function newAccount(s: Services, grants: { role: Role; scope: Scope }[] = []) {
	const login = freshLogin();
	const { id } = await s.accounts.createAccountDirect({ login, displayName: 'Người thử nghiệm', password: STRONG, grants });
	return { id, login };
}

const signIn = (s: Services, login: string, password: string, ip: string | null = freshIp()) =>
	s.accounts.signIn({ ip, userAgent: 'vitest' }, { login, password });

const BAD_CREDENTIALS = { code: 'invalid', key: 'errors.auth.bad_credentials', fields: { password: { key: 'errors.auth.bad_credentials' } } };

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
		const unknown = await errorOf(signIn(s, `khong.co.${stamp}`, STRONG));
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

	// 4. Personal access tokens

	it('shows a new token once: the list holds only its prefix', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const me = ctx((await signIn(s, login, STRONG)).actor);
		const t = await s.accounts.createToken(me, { name: '  Máy chấm công ' });
		expect(t.token).toMatch(/^sd_[A-Za-z0-9_-]{20,}$/);
		expect(t.name).toBe('Máy chấm công');
		expect(t.token.startsWith(t.prefix)).toBe(true);
		expect(t.prefix.length).toBeLessThan(t.token.length / 2);
		const list = await s.accounts.listTokens(me);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ id: t.id, name: 'Máy chấm công', prefix: t.prefix, revokedAt: null, expiresAt: null });
		expect(list[0]).not.toHaveProperty('token');
		expect(JSON.stringify(list)).not.toContain(t.token);
		const row = await s.db.kysely.selectFrom('api_tokens').selectAll().where('id', '=', t.id).executeTakeFirstOrThrow();
		expect(JSON.stringify(row)).not.toContain(t.token);
		// bad input
		expect(await errorOf(s.accounts.createToken(me, { name: '', expiresInDays: 0, scope: 'all' }))).toMatchObject({
			code: 'invalid',
			fields: { name: { key: 'errors.field.required' }, expiresInDays: { key: 'errors.field.too_small' }, scope: { key: 'errors.field.unknown' } }
		});
		expect((await errorOf(s.accounts.createToken(anonymous, { name: 'x' }))).code).toBe('unauthenticated');
		expect(await s.accounts.listTokens(me)).toHaveLength(1);
	});

	it('authenticates with a token until it is revoked, at once', async () => {
		const s = get().services;
		const { id, login } = await newAccount(s);
		const me = ctx((await signIn(s, login, STRONG)).actor);
		const t = await s.accounts.createToken(me, { name: 'báo cáo' });
		const actor = await s.accounts.authenticateToken(t.token);
		expect(actor).toMatchObject({ accountId: id, login, via: 'token', tokenId: t.id, sessionId: null });
		expect(await s.accounts.authenticateToken(t.token.slice(0, -1))).toBeNull();
		expect(await s.accounts.authenticateToken('sd_nothing')).toBeNull();
		expect(await s.accounts.authenticateToken(t.token.slice(3))).toBeNull();
		await s.accounts.revokeToken(me, t.id);
		expect(await s.accounts.authenticateToken(t.token)).toBeNull();
		expect((await s.accounts.listTokens(me))[0]!.revokedAt).not.toBeNull();
		expect((await errorOf(s.accounts.revokeToken(me, t.id))).code).toBe('not_found');
	});

	it('refuses an expired token, and keeps one without an expiry', async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const me = ctx((await signIn(s, login, STRONG)).actor);
		const short = await s.accounts.createToken(me, { name: 'một ngày', expiresInDays: 1 });
		const forever = await s.accounts.createToken(me, { name: 'mãi mãi' });
		expect(new Date(short.expiresAt!).getTime() - clock.now().getTime()).toBe(86_400_000);
		clock.advance(86_400_000 - 1);
		expect(await s.accounts.authenticateToken(short.token)).not.toBeNull();
		clock.advance(1);
		expect(await s.accounts.authenticateToken(short.token)).toBeNull();
		expect(await s.accounts.authenticateToken(forever.token)).not.toBeNull();
	});

	it('does not let a token-authenticated actor mint another token', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const me = ctx((await signIn(s, login, STRONG)).actor);
		const t = await s.accounts.createToken(me, { name: 'tích hợp' });
		const viaToken = ctx(await s.accounts.authenticateToken(t.token));
		expect(await errorOf(s.accounts.createToken(viaToken, { name: 'thêm một' }))).toMatchObject({ code: 'forbidden', key: 'errors.auth.token_cannot_mint' });
		expect(await s.accounts.listTokens(me)).toHaveLength(1);
	});

	it("answers not_found when revoking another account's token, and the token keeps working", async () => {
		const s = get().services;
		const a = await newAccount(s);
		const b = await newAccount(s);
		const meA = ctx((await signIn(s, a.login, STRONG)).actor);
		const meB = ctx((await signIn(s, b.login, STRONG)).actor);
		const t = await s.accounts.createToken(meA, { name: 'của A' });
		expect((await errorOf(s.accounts.revokeToken(meB, t.id))).code).toBe('not_found');
		expect((await errorOf(s.accounts.revokeToken(meB, UNKNOWN_ID))).code).toBe('not_found');
		// not even an administrator revokes someone else's token through this door
		expect((await errorOf(s.accounts.revokeToken(await authAs(s, 'admin'), t.id))).code).toBe('not_found');
		expect(await s.accounts.authenticateToken(t.token)).toMatchObject({ login: a.login });
		expect(await s.accounts.listTokens(meB)).toEqual([]);
	});

	// 5. Grants

	it('lets only an administrator grant and revoke roles', async () => {
		const s = get().services;
		const { id } = await newAccount(s);
		const officer = await authAs(s, 'quangminh.canbo');
		const input = { accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: demoId('xa-quang-minh') };
		expect((await errorOf(s.accounts.grantRole(officer, input))).code).toBe('forbidden');
		expect((await errorOf(s.accounts.grantRole(await authAs(s, 'kiemtoan'), input))).code).toBe('forbidden');
		expect((await errorOf(s.accounts.grantRole(anonymous, input))).code).toBe('unauthenticated');
		const admin = await authAs(s, 'admin');
		const g = await s.accounts.grantRole(admin, input);
		expect((await errorOf(s.accounts.revokeGrant(officer, g.id))).code).toBe('forbidden');
		expect((await s.accounts.getAccount(admin, id)).grants.map((x) => x.id)).toEqual([g.id]);
	});

	it('gives a new grant and takes a revoked one away at the next request', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const { id, login } = await newAccount(s);
		const session = await signIn(s, login, STRONG);
		const before = (await s.accounts.authenticateSession(session.token))!;
		expect(before.grants).toEqual([]);
		expect((await errorOf(s.places.listOrganizationsInScope(ctx(before), {}))).code).toBe('forbidden');

		const YL = demoId('xa-yen-lang');
		const g = await s.accounts.grantRole(admin, { accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: YL, orgId: '' });
		const during = (await s.accounts.authenticateSession(session.token))!;
		expect(during.grants).toEqual([{ id: g.id, role: 'commune_officer', scope: { kind: 'unit', unitId: YL } }]);
		const orgs = await s.places.listOrganizationsInScope(ctx(during), {});
		expect(orgs.total).toBeGreaterThan(0);
		for (const o of orgs.items) expect(o.unitName).toBe('Xã Yên Lãng');
		// a fresh sign-in sees the same
		expect((await signIn(s, login, STRONG)).actor.grants).toEqual(during.grants);

		await s.accounts.revokeGrant(admin, g.id);
		const after = (await s.accounts.authenticateSession(session.token))!;
		expect(after.grants).toEqual([]);
		expect((await errorOf(s.places.listOrganizationsInScope(ctx(after), {}))).code).toBe('forbidden');
		expect((await errorOf(s.accounts.revokeGrant(admin, g.id))).code).toBe('not_found');
		expect((await errorOf(s.accounts.revokeGrant(admin, UNKNOWN_ID))).code).toBe('not_found');
	});

	it('refuses bad grants with a message per field and writes nothing', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const { id } = await newAccount(s);
		const k = s.db.kysely;
		const count = async (table: 'role_grants' | 'audit_log') => Number((await k.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		const grantsBefore = await count('role_grants');
		const auditBefore = await count('audit_log');
		const cases: [unknown, Record<string, { key: string }>][] = [
			[{ accountId: id, role: 'king', scopeKind: 'global' }, { role: { key: 'errors.field.choice' } }],
			[{ accountId: id, role: 'commune_officer', scopeKind: 'unit' }, { unitId: { key: 'errors.field.required' } }],
			[{ accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: '' }, { unitId: { key: 'errors.field.required' } }],
			[{ accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: UNKNOWN_ID }, { unitId: { key: 'errors.places.unknown_unit' } }],
			[{ accountId: id, role: 'centre_manager', scopeKind: 'organization', orgId: UNKNOWN_ID }, { orgId: { key: 'errors.places.unknown_org' } }],
			[{ accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: 'not-a-uuid' }, { unitId: { key: 'errors.field.id' } }],
			[{ accountId: UNKNOWN_ID, role: 'administrator', scopeKind: 'global' }, { accountId: { key: 'errors.account.unknown' } }],
			[{ accountId: id, role: 'administrator', scopeKind: 'planet' }, { scopeKind: { key: 'errors.field.choice' } }],
			[{ accountId: id, role: 'administrator', scopeKind: 'global', grantedBy: 'me' }, { grantedBy: { key: 'errors.field.unknown' } }]
		];
		for (const [input, fields] of cases) {
			const e = await errorOf(s.accounts.grantRole(admin, input));
			expect(e.code, JSON.stringify(input)).toBe('invalid');
			expect(e.fields, JSON.stringify(input)).toEqual(fields);
		}
		expect(await count('role_grants')).toBe(grantsBefore);
		expect(await count('audit_log')).toBe(auditBefore);
		expect((await s.accounts.getAccount(admin, id)).grants).toEqual([]);
	});

	// 6. Setup

	it('needs no setup once the demo is loaded, and refuses a second first administrator', async () => {
		const s = get().services;
		expect(await s.accounts.needsSetup()).toBe(false);
		const before = (await s.accounts.listAccounts(await authAs(s, 'admin'), {})).total;
		expect((await errorOf(s.accounts.setupFirstAdmin({ ip: freshIp(), userAgent: null }, { login: freshLogin(), displayName: 'Kẻ lạ', password: STRONG }))).code).toBe('conflict');
		expect((await s.accounts.listAccounts(await authAs(s, 'admin'), {})).total).toBe(before);
	});

	it('grants administrator only everywhere, and keeps scoped actors away from accounts and grants', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const officer = await newAccount(s);
		const e = await errorOf(s.accounts.grantRole(admin, { accountId: officer.id, role: 'administrator', scopeKind: 'unit', unitId: demoId('xa-quang-minh') }));
		expect(e.fields.scopeKind?.key).toBe('errors.grants.global_only');
		// an auditor scoped to one commune holds accounts.view there, which reaches no account
		const auditor = await newAccount(s, [{ role: 'auditor', scope: { kind: 'unit', unitId: demoId('xa-quang-minh') } }]);
		const a = ctx((await s.accounts.signIn({ ip: freshIp(), userAgent: null }, { login: auditor.login, password: STRONG })).actor);
		expect((await errorOf(s.accounts.listAccounts(a, {}))).code).toBe('forbidden');
		expect((await errorOf(s.accounts.getAccount(a, officer.id))).code).toBe('not_found');
	});

	it('never removes the last administrator for the whole platform', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const account = await s.accounts.getAccount(admin, admin.actor!.accountId);
		const grant = account.grants.find((g) => g.role === 'administrator')!;
		expect((await errorOf(s.accounts.revokeGrant(admin, grant.id))).fields.grantId?.key).toBe('errors.account.last_admin');
		// a second administrator makes it possible, and the guard then protects the other one
		const second = await newAccount(s, [{ role: 'administrator', scope: { kind: 'global' } }]);
		const two = ctx((await s.accounts.signIn({ ip: freshIp(), userAgent: null }, { login: second.login, password: STRONG })).actor);
		expect((await errorOf(s.accounts.setAccountStatus(two, second.id, 'disabled'))).fields.status?.key).toBe('errors.account.not_self');
		await s.accounts.setAccountStatus(admin, second.id, 'disabled');
		expect((await errorOf(s.accounts.revokeGrant(admin, grant.id))).fields.grantId?.key).toBe('errors.account.last_admin');
		await s.accounts.setAccountStatus(admin, second.id, 'active');
	});

	it('lets concurrent wrong guesses through only as far as the allowance', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const ip = freshIp();
		const results = await Promise.allSettled(Array.from({ length: 30 }, () => s.accounts.signIn({ ip, userAgent: null }, { login, password: WRONG })));
		const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as AppError).code : 'ok'));
		expect(codes.filter((c) => c === 'invalid').length).toBeLessThanOrEqual(THROTTLE_RULES.pair.free);
		expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThanOrEqual(30 - THROTTLE_RULES.pair.free);
	});

	it('gives a session the staff limit of 12 hours once its account becomes staff', async () => {
		const s = get().services;
		const resident = await newAccount(s, [{ role: 'resident', scope: { kind: 'unit', unitId: demoId('xa-quang-minh') } }]);
		const { token } = await s.accounts.signIn({ ip: freshIp(), userAgent: null }, { login: resident.login, password: STRONG });
		await s.accounts.grantRole(await authAs(s, 'admin'), { accountId: resident.id, role: 'teacher', scopeKind: 'unit', unitId: demoId('xa-quang-minh') });
		for (let i = 0; i < 25; i++) {
			get().clock.advance(29 * MINUTE);
			if (i < 24) expect(await s.accounts.authenticateSession(token), `after ${(i + 1) * 29} min`).not.toBeNull();
		}
		expect(await s.accounts.authenticateSession(token)).toBeNull();
	});

	it('refuses control characters and ids that are not ids, as bad input or not found', async () => {
		const s = get().services;
		expect((await errorOf(s.accounts.signIn({ ip: freshIp(), userAgent: null }, { login: 'a\u0000b', password: 'x' }))).code).toBe('invalid');
		const admin = await authAs(s, 'admin');
		expect((await errorOf(s.accounts.getAccount(admin, "x'\u0000"))).code).toBe('not_found');
		expect((await errorOf(s.accounts.revokeGrant(admin, '\u0000'))).code).toBe('not_found');
		expect((await errorOf(s.accounts.revokeToken(admin, 'nope'))).code).toBe('not_found');
		expect((await errorOf(s.audit.list(admin, { actor: 'a\u0000' }))).code).toBe('invalid');
	});

	it('ends one other session of mine by its short id, and no one else\'s', async () => {
		const s = get().services;
		const { login } = await newAccount(s);
		const a = await s.accounts.signIn({ ip: freshIp(), userAgent: 'điện thoại' }, { login, password: STRONG });
		const b = await s.accounts.signIn({ ip: freshIp(), userAgent: 'máy tính' }, { login, password: STRONG });
		const me = ctx(a.actor);
		const list = await s.accounts.listMySessions(me);
		const other = list.find((x) => !x.current)!;
		expect(other.userAgent).toBe('máy tính');
		const stranger = await authAs(s, 'dan.hung');
		expect((await errorOf(s.accounts.revokeMySession(stranger, other.id))).code).toBe('not_found');
		expect(await s.accounts.authenticateSession(b.token)).not.toBeNull();
		await s.accounts.revokeMySession(me, other.id);
		expect(await s.accounts.authenticateSession(b.token)).toBeNull();
		expect(await s.accounts.authenticateSession(a.token)).not.toBeNull();
		expect((await errorOf(s.accounts.revokeMySession(me, 'zz'))).code).toBe('not_found');
	});
});

describeEachDatabase('accounts: first administrator', { demo: false }, (get) => {
	it('creates the first administrator once, then answers conflict', async () => {
		const s = get().services;
		expect(await s.accounts.needsSetup()).toBe(true);
		// bad input first: nothing is written
		expect(await errorOf(s.accounts.setupFirstAdmin({ ip: '192.0.2.1', userAgent: null }, { login: 'quantri', displayName: 'Quản trị', password: 'password1' }))).toMatchObject({
			code: 'invalid',
			fields: { password: { key: 'errors.password.common' } }
		});
		expect(await errorOf(s.accounts.setupFirstAdmin({ ip: '192.0.2.1', userAgent: null }, { login: '-x', displayName: '', password: STRONG }))).toMatchObject({
			code: 'invalid',
			fields: { login: { key: 'errors.field.login' }, displayName: { key: 'errors.field.required' } }
		});
		expect(await s.accounts.needsSetup()).toBe(true);

		const first = await s.accounts.setupFirstAdmin({ ip: '192.0.2.1', userAgent: 'vitest' }, { login: 'QuanTri', displayName: 'Quản trị', password: STRONG });
		expect(first.actor).toMatchObject({ login: 'quantri', grants: [{ role: 'administrator', scope: { kind: 'global' } }] });
		expect(await s.accounts.authenticateSession(first.token)).toMatchObject({ login: 'quantri' });
		expect(await s.accounts.needsSetup()).toBe(false);

		const second = await errorOf(s.accounts.setupFirstAdmin({ ip: '192.0.2.2', userAgent: 'vitest' }, { login: 'keden', displayName: 'Kẻ đến sau', password: STRONG }));
		expect(second).toMatchObject({ code: 'conflict', key: 'errors.setup.done' });
		const logins = await s.db.kysely.selectFrom('accounts').select('login').execute();
		expect(logins.map((a) => a.login)).toEqual(['quantri']);
		const audit = await s.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'account.setup_admin').execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ ip: '192.0.2.1', entity_id: first.actor.accountId, actor_account_id: null });
	});
});

describeEachDatabase('accounts: concurrent first administrators', { demo: false }, (get) => {
	it('leaves exactly one account when ten setups race', async () => {
		const s = get().services;
		const k = s.db.kysely;
		// a race is won or lost by timing: run it a few times, emptying the accounts in between
		for (let round = 0; round < 3; round++) {
			const auditBefore = (await k.selectFrom('audit_log').select('id').where('action', '=', 'account.setup_admin').execute()).length;
			const results = await Promise.allSettled(
				Array.from({ length: 10 }, (_, i) =>
					s.accounts.setupFirstAdmin({ ip: `192.0.2.${i}`, userAgent: 'vitest' }, { login: `quantri${round}x${i}`, displayName: `Quản trị ${i}`, password: STRONG })
				)
			);
			const won = results.filter((r) => r.status === 'fulfilled');
			const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
			expect(won, `round ${round}`).toHaveLength(1);
			for (const r of lost) expect(r.reason).toMatchObject({ code: 'conflict' });
			expect(await k.selectFrom('accounts').select('login').execute(), `round ${round}`).toHaveLength(1);
			expect(await k.selectFrom('role_grants').select('id').execute()).toHaveLength(1);
			expect((await k.selectFrom('audit_log').select('id').where('action', '=', 'account.setup_admin').execute()).length).toBe(auditBefore + 1);
			expect(await s.accounts.needsSetup()).toBe(false);
			await k.deleteFrom('sessions').execute();
			await k.deleteFrom('role_grants').execute();
			await k.deleteFrom('accounts').execute();
			expect(await s.accounts.needsSetup()).toBe(true);
		}
	});
});
