import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Actor, AuthContext } from '../../platform/access';
import { AUDIT_CSV_COLUMNS, REDACTED_JSON, redactAudit } from '../../platform/audit';
import { todayVn } from '../../platform/clock';
import type { Services } from '../../app';
import { DEMO_PASSWORD } from '../../demo/seed';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { tableStream, type PagedTable } from '../../platform/table-stream';

/** The CSV an export of this table writes, BOM kept. */
const csvOf = async (table: Promise<PagedTable>) => Buffer.from(await new Response(tableStream('csv', 'audit', await table, async () => undefined)).arrayBuffer()).toString('utf8');

const STRONG = 'Sông-Hồng-chảy-mãi-2026';
const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

const stamp = Math.random().toString(36).slice(2, 7);
let seq = 0;
const freshLogin = () => `a${stamp}.${seq++}`;

const ctx = (actor: Actor | null, ip: string | null = '192.0.2.20'): AuthContext => ({ actor, ip, userAgent: 'vitest', locale: 'vi' });

async function newAccount(s: Services) {
	const login = freshLogin();
	const { id } = await s.accounts.createAccountDirect({ login, displayName: 'Người thử nghiệm', password: STRONG, grants: [] });
	return { id, login };
}

const addDays = (d: string, n: number) => new Date(new Date(`${d}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('audit', { demo: true }, (get) => {
	it('records who did what, from where, with before and after', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const { id } = await newAccount(s);
		await s.accounts.setAccountStatus(admin, id, 'disabled');
		const g = await s.accounts.grantRole(admin, { accountId: id, role: 'commune_officer', scopeKind: 'unit', unitId: QM });
		const { rows } = await s.audit.list(admin, { entityId: id });
		expect(rows.map((r) => r.action)).toEqual(['grant.create', 'account.status', 'account.create']);
		const [grant, status, created] = rows;
		expect(status).toMatchObject({ actor_account_id: admin.actor!.accountId, actor_label: 'admin', ip: admin.ip, user_agent: 'vitest', entity_type: 'account' });
		expect(JSON.parse(status!.before_json!)).toEqual({ status: 'active' });
		expect(JSON.parse(status!.after_json!)).toEqual({ status: 'disabled' });
		expect(grant).toMatchObject({ actor_label: 'admin', scope_unit_id: QM, before_json: null });
		expect(JSON.parse(grant!.after_json!)).toMatchObject({ grantId: g.id, role: 'commune_officer', scopeKind: 'unit', unitId: QM });
		// made by the CLI or the seed: no account behind it
		expect(created).toMatchObject({ actor_account_id: null, actor_label: 'cli', ip: null });

		await s.accounts.revokeGrant(admin, g.id);
		const revoke = (await s.audit.list(admin, { entityId: id, action: 'grant.revoke' })).rows;
		expect(revoke).toHaveLength(1);
		expect(JSON.parse(revoke[0]!.before_json!)).toMatchObject({ grantId: g.id, role: 'commune_officer' });
		expect(revoke[0]!.after_json).toBeNull();
	});

	it('records sign-in and sign-out with the address they came from', async () => {
		const s = get().services;
		const { id, login } = await newAccount(s);
		const r = await s.accounts.signIn({ ip: '203.0.113.9', userAgent: 'Mozilla/5.0 (Android)' }, { login, password: STRONG });
		await s.accounts.signOut({ actor: r.actor, ip: '203.0.113.10', userAgent: 'Mozilla/5.0 (Android)', locale: 'vi' });
		const { rows } = await s.audit.list(await authAs(s, 'kiemtoan'), { entityId: id });
		expect(rows.map((x) => [x.action, x.ip, x.actor_account_id])).toEqual([
			['session.sign_out', '203.0.113.10', id],
			['session.sign_in', '203.0.113.9', id],
			['account.create', null, null]
		]);
		expect(rows[1]!.user_agent).toBe('Mozilla/5.0 (Android)');
		// nothing of the session secret reaches the log
		const text = JSON.stringify(rows);
		expect(text).not.toContain(r.token);
	});

	it('never lets a password, its hash or a token secret reach before_json or after_json', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const { login } = await newAccount(s);
		const r = await s.accounts.signIn({ ip: '192.0.2.30', userAgent: 'vitest' }, { login, password: STRONG });
		const me = ctx(r.actor);
		const NEW = 'Đồng-lúa-chín-vàng-77';
		await s.accounts.changePassword(me, { currentPassword: STRONG, newPassword: NEW, confirmPassword: NEW });
		const t = await s.accounts.createToken(me, { name: 'báo cáo' });
		const other = freshLogin();
		await s.accounts.createAccount(admin, { login: other, displayName: 'Người mới', password: 'Mùa-xuân-nho-nhỏ-9', email: 'moi@example.org' });

		const change = (await s.audit.list(admin, { entityId: r.actor.accountId, action: 'account.password_change' })).rows;
		expect(change).toHaveLength(1);
		expect(JSON.parse(change[0]!.before_json!)).toEqual({ password: '[ẩn]' });
		expect(JSON.parse(change[0]!.after_json!)).toEqual({ password: '[ẩn]' });
		const created = (await s.audit.list(admin, { action: 'account.create', actor: 'admin' })).rows.find((x) => x.after_json?.includes(other));
		expect(JSON.parse(created!.after_json!)).toEqual({ login: other, displayName: 'Người mới', email: 'moi@example.org' });

		const k = s.db.kysely;
		const log = await k.selectFrom('audit_log').select(['before_json', 'after_json', 'note']).execute();
		const hashes = (await k.selectFrom('accounts').select('password_hash').execute()).map((a) => a.password_hash);
		expect(hashes.length).toBeGreaterThan(10);
		const secrets = [...hashes, STRONG, NEW, 'Mùa-xuân-nho-nhỏ-9', t.token, r.token, '$argon2'];
		for (const row of log) {
			const text = `${row.before_json ?? ''}\n${row.after_json ?? ''}\n${row.note ?? ''}`;
			for (const secret of secrets) expect(text.includes(secret), `audit row leaks ${secret.slice(0, 12)}…: ${text}`).toBe(false);
		}
	});

	it('lets only readers of the audit log read it', async () => {
		const s = get().services;
		expect((await errorOf(s.audit.list(await authAs(s, 'quangminh.canbo'), {}))).code).toBe('forbidden');
		expect((await errorOf(s.audit.exportTable(await authAs(s, 'quangminh.canbo'), {}))).code).toBe('forbidden');
		expect((await errorOf(s.audit.list(await authAs(s, 'dan.lan'), {}))).code).toBe('forbidden');
		expect((await errorOf(s.audit.list(await authAs(s, 'giaoduc.hanoi'), {}))).code).toBe('forbidden');
		expect((await errorOf(s.audit.list(anonymous, {}))).code).toBe('unauthenticated');
		const auditor = await authAs(s, 'kiemtoan');
		const page = await s.audit.list(auditor, {});
		expect(page.total).toBeGreaterThan(10);
		expect(page.rows.length).toBe(Math.min(page.total, 50));
		// newest first
		const times = page.rows.map((r) => r.at);
		expect([...times].sort().reverse()).toEqual(times);
		// bad filters are refused per field
		expect(await errorOf(s.audit.list(auditor, { from: '2026-02-30', page: 0 }))).toMatchObject({
			code: 'invalid',
			fields: { from: { key: 'errors.field.date' }, page: { key: 'errors.field.too_small' } }
		});
	});

	it("shows an auditor scoped to a commune only that commune's rows", async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const local = await newAccount(s);
		const elsewhere = await newAccount(s);
		await s.accounts.grantRole(admin, { accountId: local.id, role: 'auditor', scopeKind: 'unit', unitId: QM });
		await s.accounts.grantRole(admin, { accountId: elsewhere.id, role: 'commune_officer', scopeKind: 'unit', unitId: YL });
		const reader = ctx((await s.accounts.signIn({ ip: '192.0.2.40', userAgent: 'vitest' }, { login: local.login, password: STRONG })).actor);
		const seen = await s.audit.list(reader, {});
		expect(seen.total).toBeGreaterThan(0);
		const qmUnits = new Set([QM, ...(await s.places.getUnit(QM)).children.map((c) => c.id)]);
		for (const r of seen.rows) expect(qmUnits.has(r.scope_unit_id!), `${r.action} in ${r.scope_unit_id}`).toBe(true);
		expect((await s.audit.list(reader, { entityId: local.id })).rows.map((r) => r.action)).toEqual(['grant.create']);
		expect((await s.audit.list(reader, { entityId: elsewhere.id })).total).toBe(0);
		expect((await s.audit.list(admin, { entityId: elsewhere.id })).total).toBe(2);
	});

	it('exports CSV with a BOM, the header row, and formulas neutralised', async () => {
		const s = get().services;
		const { id, login } = await newAccount(s);
		// an address is whatever the client claims (a forged X-Forwarded-For, say)
		await s.accounts.signIn({ ip: '=HYPERLINK("http://evil.example","x")', userAgent: 'vitest' }, { login, password: STRONG });
		await s.accounts.signIn({ ip: '+1+2', userAgent: 'vitest' }, { login, password: STRONG });
		await s.accounts.signIn({ ip: '@SUM(A1)', userAgent: 'vitest' }, { login, password: STRONG });
		const csv = await csvOf(s.audit.exportTable(await authAs(s, 'kiemtoan'), { entityId: id }));
		expect(csv.startsWith('\uFEFF' + AUDIT_CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
		expect(csv.startsWith('\uFEFFat,actor_label,action,entity_type,entity_id,scope_unit_id,ip,before_json,after_json,note\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n').filter(Boolean);
		expect(lines).toHaveLength(1 + 4);
		expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
		expect(csv).toContain(`,'+1+2,`);
		expect(csv).toContain(`,'@SUM(A1),`);
		// no cell starts with a formula character unless neutralised
		for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@]/);
		// JSON with commas and quotes stays in one cell
		const created = lines.find((l) => l.includes('account.create'))!;
		expect(created).toContain(`"{""login"":""${login}""`);
		// the whole log, unfiltered
		const [auditor, admin] = [await authAs(s, 'kiemtoan'), await authAs(s, 'admin')];
		const all = await csvOf(s.audit.exportTable(auditor, {}));
		expect(all.split('\r\n').filter(Boolean).length - 1).toBe((await s.audit.list(admin, {})).total);
	});

	it('filters by actor, action, entity and Vietnam calendar day', async () => {
		const s = get().services;
		const clock = get().clock;
		const { login } = await newAccount(s);
		const me = ctx((await s.accounts.signIn({ ip: '192.0.2.50', userAgent: 'vitest' }, { login, password: STRONG })).actor);
		const today = todayVn(clock);
		const D = addDays(today, 2);
		// 23:59:30 in Việt Nam on day D is 16:59:30 UTC; 60 s later it is day D+1 there
		clock.set(`${D}T16:59:30.000Z`);
		const late = await s.accounts.createToken(me, { name: 'cuối ngày' });
		clock.advance(60_000);
		const early = await s.accounts.createToken(me, { name: 'đầu ngày' });
		clock.advance(3 * 86_400_000);
		await s.accounts.createToken(me, { name: 'sau đó' });

		const auditor = await authAs(s, 'kiemtoan');
		const ids = async (q: Record<string, string>) => (await s.audit.list(auditor, { action: 'token.create', actor: login, ...q })).rows.map((r) => r.entity_id);
		expect(await ids({ from: D, to: D })).toEqual([late.id]);
		expect(await ids({ from: addDays(D, 1), to: addDays(D, 1) })).toEqual([early.id]);
		expect(await ids({ from: D, to: addDays(D, 1) })).toEqual([early.id, late.id]);
		expect(await ids({ to: addDays(D, -1) })).toEqual([]);
		expect(await ids({})).toHaveLength(3);
		expect(await ids({ from: addDays(D, 2) })).toHaveLength(1);

		expect((await s.audit.list(auditor, { entityId: late.id })).rows.map((r) => [r.action, r.actor_label])).toEqual([['token.create', login]]);
		const byAction = await s.audit.list(auditor, { action: 'session.sign_in', actor: login });
		expect(byAction.total).toBe(1);
		const tokens = await s.audit.list(auditor, { entityType: 'api_token', actor: login });
		expect(tokens.total).toBe(3);
		expect((await s.audit.list(auditor, { action: 'token.create', actor: 'admin' })).rows.some((r) => r.entity_id === late.id)).toBe(false);
	});

	it('refuses UPDATE and DELETE on audit_log at the database level', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const count = async () => Number((await k.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		const before = await count();
		expect(before).toBeGreaterThan(0);
		await expect(k.updateTable('audit_log').set({ note: 'đã sửa' }).where('action', '=', 'account.create').execute()).rejects.toThrow(/append-only/);
		await expect(k.updateTable('audit_log').set({ actor_label: 'ai-đó' }).execute()).rejects.toThrow(/append-only/);
		await expect(k.deleteFrom('audit_log').where('action', '=', 'session.sign_in').execute()).rejects.toThrow(/append-only/);
		await expect(k.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
		// and not from inside a transaction either
		await expect(k.transaction().execute((trx) => trx.deleteFrom('audit_log').execute())).rejects.toThrow(/append-only/);
		if (get().dialect === 'postgres') await expect(sql`truncate audit_log`.execute(k)).rejects.toThrow(/append-only/);
		// the one change accepted: erasure's marker in place of the values, once, nothing else touched
		const row = await k.selectFrom('audit_log').selectAll().where('action', '=', 'account.create').where('after_json', 'is not', null).orderBy('at').executeTakeFirstOrThrow();
		const at = '2026-11-29T02:00:00.000Z';
		await expect(k.updateTable('audit_log').set({ after_json: '{"login":"khác"}', redacted_at: at }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
		await expect(k.updateTable('audit_log').set({ after_json: REDACTED_JSON, before_json: row.before_json === null ? null : REDACTED_JSON, redacted_at: at, note: 'sửa lén' }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
		await expect(k.updateTable('audit_log').set({ after_json: REDACTED_JSON }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
		expect(await redactAudit(k, row.entity_type, row.entity_id!, at)).toBeGreaterThan(0);
		const redacted = await k.selectFrom('audit_log').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
		expect(redacted).toEqual({ ...row, after_json: REDACTED_JSON, before_json: row.before_json === null ? null : REDACTED_JSON, redacted_at: at });
		await expect(k.updateTable('audit_log').set({ redacted_at: '2026-11-30T00:00:00.000Z' }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
		expect(await count()).toBe(before);
		expect(await k.selectFrom('audit_log').select('id').where('note', '=', 'đã sửa').execute()).toEqual([]);
		// appending still works
		await s.accounts.signIn({ ip: '192.0.2.60', userAgent: 'vitest' }, { login: 'dan.mai', password: DEMO_PASSWORD });
		expect(await count()).toBe(before + 1);
	});
});
