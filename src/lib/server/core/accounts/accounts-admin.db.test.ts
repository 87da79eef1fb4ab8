import { expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { THROTTLE_RULES } from './accounts.policy';
import { STRONG, WRONG, MINUTE, UNKNOWN_ID, freshLogin, freshIp, ctx, newAccount, signIn } from '../../testing/accounts';

describeEachDatabase('accounts: tokens, grants, setup', { demo: true }, (get) => {
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
