import { type AccessGateway, type Actor, type AuthContext, type Grant, requireActor, type Scope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { Row } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, newSecret, UUID_RE } from '../../platform/ids';
import { isRole, isStaffRole, type Role } from '../../platform/permissions';
import { parseInput } from '../../platform/validation';
import type { z } from 'zod';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './accounts.repository';
import { GLOBAL_ONLY_ROLES, ONE_TIME_RULES, PASSWORD_MIN, SESSION_RULES, THROTTLE_RULES, TOKEN_PREFIX } from './accounts.policy';
import { accountCreate, accountListQuery, grantCreate, newPassword, passwordChange, passwordReset, passwordResetRequest, signInInput, tokenCreate } from './accounts.schemas';
import { trySend, type Mailer } from '../../platform/mail';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { checkNewPassword, hashPassword, sha256, verifyDummy, verifyPassword } from './passwords';
import { redactActor, redactAudit } from '../../platform/audit';

export interface RequestInfo {
	ip: string | null;
	userAgent: string | null;
}

export interface AccountsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	mailer: Mailer;
	places: { lookups: PlaceLookups };
}

export type OneTimePurpose = 'email_confirm' | 'password_reset';

const iso = (ms: number) => new Date(ms).toISOString();

function toGrant(g: repo.GrantRow): Grant | null {
	if (!isRole(g.role)) return null;
	let scope: Scope;
	if (g.scope_kind === 'global') scope = { kind: 'global' };
	else if (g.scope_kind === 'unit' && g.scope_unit_id) scope = { kind: 'unit', unitId: g.scope_unit_id };
	else if (g.scope_kind === 'organization' && g.scope_org_id) scope = { kind: 'organization', orgId: g.scope_org_id };
	else return null;
	return { id: g.id, role: g.role, scope };
}

function publicAccount(a: Row<'accounts'>) {
	return { id: a.id, login: a.login, displayName: a.display_name, email: a.email, status: a.status, createdAt: a.created_at, lastSignInAt: a.last_sign_in_at };
}

export function createAccountsService({ db, clock, access, mailer, places }: AccountsDeps) {
	const k = db.kysely;
	const now = () => clock.now().getTime();

	async function actorFor(account: Row<'accounts'>, via: Actor['via'], sessionId: string | null, tokenId: string | null): Promise<Actor> {
		const grants = (await repo.activeGrants(k, account.id)).map(toGrant).filter((g): g is Grant => g !== null);
		return { accountId: account.id, login: account.login, displayName: account.display_name, grants, via, sessionId, tokenId };
	}

	/** Accounts and grants belong to no place: managing them needs a global grant. */
	function requireGlobal(auth: AuthContext, permission: 'accounts.manage' | 'grants.manage'): void {
		if (!access.requireAny(auth, permission).all) throw new AppError('forbidden');
	}

	/** Holds a live grant of any role but 'resident'. */
	const isStaff = async (accountId: string) => (await repo.activeGrants(k, accountId)).some((g) => isRole(g.role) && isStaffRole(g.role));

	const rulesFor = (actor: Actor) => (actor.grants.some((g) => isStaffRole(g.role)) ? SESSION_RULES.staff : SESSION_RULES.resident);

	function throttleKeys(login: string, ip: string | null) {
		const addr = ip ?? 'unknown';
		return {
			pair: { key: `pair:${login}|${addr}`, rule: THROTTLE_RULES.pair },
			address: { key: `address:${addr}`, rule: THROTTLE_RULES.address },
			account: { key: `account:${login}`, rule: THROTTLE_RULES.account }
		};
	}

	type ThrottleKey = { key: string; rule: { free: number; baseMs: number; capMs: number } };

	/**
	 * Counts this attempt against one key before the password is checked, in one atomic
	 * statement that also sets a provisional block once the allowance is used up, so that
	 * concurrent guesses cannot slip past. A blocked key refuses without counting: answers
	 * the milliseconds to wait (0: go on) and the failures counted so far.
	 */
	async function countAgainst({ key, rule }: ThrottleKey, t: number): Promise<{ wait: number; failures: number }> {
		const r = await repo.countAttempt(k, key, { at: iso(t), forgetBefore: iso(t - THROTTLE_RULES.forgetAfterMs), free: rule.free, provisionalUntil: iso(t + rule.baseMs) });
		if (r.blockedUntil) return { wait: Math.max(0, new Date(r.blockedUntil).getTime() - t), failures: r.failures };
		if (r.failures >= rule.free) {
			const delay = Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(30, r.failures - rule.free));
			await repo.setBlockedUntil(k, key, iso(t + delay));
		}
		return { wait: 0, failures: r.failures };
	}

	function throttled(wait: number, message = 'errors.auth.throttled'): AppError {
		const seconds = Math.max(1, Math.ceil(wait / 1000));
		return new AppError('rate_limited', message, { params: { seconds }, retryAfter: seconds });
	}

	/** One attempt of a kind from an address (sign-ups, reset requests), refused while blocked. */
	async function reserveAttempt(key: ThrottleKey, message: string): Promise<void> {
		const r = await countAgainst(key, now());
		if (r.wait > 0) throw throttled(r.wait, message);
	}

	/**
	 * A sign-in attempt, counted before the password is checked: first against the pair
	 * (account, address), then the address, then the account. An attempt refused by the pair
	 * or the address counts no further, and an address feeds the account's count only with its
	 * first few failures (THROTTLE_RULES.pairToAccount): a stranger guessing from one place is
	 * stopped by the pair and never locks the person out, while guesses spread over many
	 * addresses still slow down on the account.
	 */
	async function reserveSignIn(login: string, ip: string | null): Promise<ReturnType<typeof throttleKeys>> {
		const keys = throttleKeys(login, ip);
		const t = now();
		const pair = await countAgainst(keys.pair, t);
		if (pair.wait > 0) throw throttled(pair.wait);
		const address = await countAgainst(keys.address, t);
		if (address.wait > 0) throw throttled(address.wait);
		if (pair.failures <= THROTTLE_RULES.pairToAccount) {
			const account = await countAgainst(keys.account, t);
			if (account.wait > 0) throw throttled(account.wait);
		} else {
			const until = await repo.blockedUntil(k, keys.account.key);
			const wait = until ? new Date(until).getTime() - t : 0;
			if (wait > 0) throw throttled(wait);
		}
		return keys;
	}

	async function newSession(account: Row<'accounts'>, info: RequestInfo) {
		const actor = await actorFor(account, 'session', null, null);
		const rules = rulesFor(actor);
		const token = newSecret(32);
		const id = sha256(token);
		const t = now();
		await repo.insertSession(k, {
			id,
			account_id: account.id,
			created_at: iso(t),
			last_seen_at: iso(t),
			idle_expires_at: iso(t + rules.idleMs),
			expires_at: iso(t + rules.absoluteMs),
			ip: info.ip,
			user_agent: info.userAgent?.slice(0, 300) ?? null,
			revoked_at: null
		});
		await repo.setSignedIn(k, account.id, iso(t));
		return { token, expiresAt: iso(t + rules.absoluteMs), actor: { ...actor, sessionId: id } };
	}

	/** Checks the password, then writes the account, its grants and the audit row together. */
	async function insertNewAccount(auth: AuthContext, v: z.output<typeof accountCreate>, grants: { role: Role; scope: Scope }[]): Promise<string> {
		checkNewPassword(v.password, v.login);
		if (await repo.findAccountByLogin(k, v.login)) throw invalidField('login', 'errors.account.login_taken');
		const hash = await hashPassword(v.password);
		const id = newId();
		const t = iso(now());
		await transaction(db, async (trx) => {
			await repo.insertAccount(trx, { id, login: v.login, display_name: v.displayName, email: v.email ?? null, password_hash: hash, status: 'active', created_at: t, updated_at: t, last_sign_in_at: null });
			for (const g of grants)
				await repo.insertGrant(trx, {
					id: newId(),
					account_id: id,
					role: g.role,
					scope_kind: g.scope.kind,
					scope_unit_id: g.scope.kind === 'unit' ? g.scope.unitId : null,
					scope_org_id: g.scope.kind === 'organization' ? g.scope.orgId : null,
					granted_by: auth.actor?.accountId ?? null,
					created_at: t,
					revoked_at: null
				});
			await recordAudit(trx, clock, auth, { action: 'account.create', entityType: 'account', entityId: id, after: { login: v.login, displayName: v.displayName, email: v.email ?? null, ...(grants.length > 0 && { grants }) } });
		});
		return id;
	}

	return {
		/**
		 * Signs in: throttled per account, per address and per pair; a new session id every
		 * time (the presented one, if any, is revoked: rotation at sign-in).
		 */
		async signIn(info: RequestInfo, input: unknown, presentedToken?: string | null) {
			const v = parseInput(signInInput, input);
			const keys = await reserveSignIn(v.login, info.ip);
			const account = await repo.findAccountByLogin(k, v.login);
			const ok = account ? await verifyPassword(account.password_hash, v.password) : (await verifyDummy(v.password), false);
			if (!account || !ok || account.status !== 'active') {
				throw new AppError('invalid', 'errors.auth.bad_credentials', { fields: { password: { key: 'errors.auth.bad_credentials' } } });
			}
			await repo.clearThrottle(k, [keys.pair.key, keys.account.key]);
			await repo.forgiveAttempt(k, keys.address.key, THROTTLE_RULES.address.free);
			if (presentedToken) await repo.revokeSession(k, sha256(presentedToken), iso(now()));
			const s = await newSession(account, info);
			await recordAudit(k, clock, { actor: s.actor, ip: info.ip, userAgent: info.userAgent, locale: 'vi' }, { action: 'session.sign_in', entityType: 'account', entityId: account.id });
			return s;
		},

		/** Turns a session cookie into an actor, or null when it is unknown, revoked or expired. */
		async authenticateSession(token: string): Promise<Actor | null> {
			if (!token || token.length > 100) return null;
			const id = sha256(token);
			const s = await repo.findSession(k, id);
			if (!s || s.revoked_at) return null;
			const t = now();
			if (new Date(s.expires_at).getTime() <= t || new Date(s.idle_expires_at).getTime() <= t) return null;
			const account = await repo.findAccount(k, s.account_id);
			if (!account || account.status !== 'active') return null;
			const actor = await actorFor(account, 'session', id, null);
			// a resident later made staff gets the staff limit on the same session
			if (t >= new Date(s.created_at).getTime() + rulesFor(actor).absoluteMs) return null;
			if (t - new Date(s.last_seen_at).getTime() >= SESSION_RULES.touchEveryMs) {
				const idle = Math.min(t + rulesFor(actor).idleMs, new Date(s.expires_at).getTime());
				await repo.touchSession(k, id, iso(t), iso(idle));
			}
			return actor;
		},

		/** Turns `Authorization: Bearer sd_…` into an actor, or null. */
		async authenticateToken(token: string): Promise<Actor | null> {
			if (!token.startsWith(TOKEN_PREFIX) || token.length > 120) return null;
			const row = await repo.findTokenByHash(k, sha256(token));
			if (!row || row.revoked_at) return null;
			const t = now();
			if (row.expires_at && new Date(row.expires_at).getTime() <= t) return null;
			const account = await repo.findAccount(k, row.account_id);
			if (!account || account.status !== 'active') return null;
			if (!row.last_used_at || t - new Date(row.last_used_at).getTime() >= SESSION_RULES.touchEveryMs) await repo.touchToken(k, row.id, iso(t));
			return actorFor(account, 'token', null, row.id);
		},

		async signOut(auth: AuthContext): Promise<void> {
			if (!auth.actor?.sessionId) return;
			await repo.revokeSession(k, auth.actor.sessionId, iso(now()));
			await recordAudit(k, clock, auth, { action: 'session.sign_out', entityType: 'account', entityId: auth.actor.accountId });
		},

		async signOutEverywhere(auth: AuthContext): Promise<number> {
			requireActor(auth);
			const n = await repo.revokeAllSessions(k, auth.actor.accountId, iso(now()));
			await recordAudit(k, clock, auth, { action: 'session.sign_out_everywhere', entityType: 'account', entityId: auth.actor.accountId, after: { revoked: n } });
			return n;
		},

		async listMySessions(auth: AuthContext) {
			requireActor(auth);
			const rows = await repo.liveSessions(k, auth.actor.accountId, iso(now()));
			return rows.map((s) => ({
				id: s.id.slice(0, 12),
				createdAt: s.created_at,
				lastSeenAt: s.last_seen_at,
				expiresAt: s.expires_at,
				ip: s.ip,
				userAgent: s.user_agent,
				current: s.id === auth.actor?.sessionId
			}));
		},

		/** Ends one of my sessions (another device), named by the short id the list shows. */
		async revokeMySession(auth: AuthContext, shortId: string): Promise<void> {
			requireActor(auth);
			if (!/^[0-9a-f]{12}$/.test(shortId)) throw new AppError('not_found');
			const live = await repo.liveSessions(k, auth.actor.accountId, iso(now()));
			const target = live.find((x) => x.id.startsWith(shortId));
			if (!target) throw new AppError('not_found');
			await transaction(db, async (trx) => {
				await repo.revokeSession(trx, target.id, iso(now()));
				await recordAudit(trx, clock, auth, { action: 'session.revoke', entityType: 'account', entityId: auth.actor!.accountId });
			});
		},

		async me(auth: AuthContext) {
			requireActor(auth);
			const grants = await repo.activeGrants(k, auth.actor.accountId);
			return {
				id: auth.actor.accountId,
				login: auth.actor.login,
				displayName: auth.actor.displayName,
				roles: grants.filter((g) => isRole(g.role)).map((g) => ({ role: g.role as Role, scopeKind: g.scope_kind, scopeName: g.unit_name ?? g.org_name }))
			};
		},

		async changePassword(auth: AuthContext, input: unknown): Promise<void> {
			requireActor(auth);
			const v = parseInput(passwordChange, input);
			const account = await repo.findAccount(k, auth.actor.accountId);
			if (!account || !(await verifyPassword(account.password_hash, v.currentPassword)))
				throw invalidField('currentPassword', 'errors.password.wrong_current');
			checkNewPassword(v.newPassword, account.login, 'newPassword');
			const hash = await hashPassword(v.newPassword);
			await transaction(db, async (trx) => {
				await repo.setPassword(trx, account.id, hash, iso(now()));
				// other sessions end: whoever knew the old password is out
				await repo.revokeAllSessions(trx, account.id, iso(now()), auth.actor?.sessionId ?? null);
				await recordAudit(trx, clock, auth, { action: 'account.password_change', entityType: 'account', entityId: account.id, before: { password: 'x' }, after: { password: 'x' } });
			});
		},

		// Personal access tokens

		async createToken(auth: AuthContext, input: unknown) {
			requireActor(auth);
			if (auth.actor.via === 'token') throw new AppError('forbidden', 'errors.auth.token_cannot_mint');
			const v = parseInput(tokenCreate, input);
			const secret = `${TOKEN_PREFIX}${newSecret(32)}`;
			const id = newId();
			const t = now();
			const row = {
				id,
				account_id: auth.actor.accountId,
				name: v.name,
				token_hash: sha256(secret),
				prefix: secret.slice(0, 10),
				created_at: iso(t),
				last_used_at: null,
				expires_at: v.expiresInDays ? iso(t + v.expiresInDays * 86_400_000) : null,
				revoked_at: null
			};
			await transaction(db, async (trx) => {
				await repo.insertToken(trx, row);
				await recordAudit(trx, clock, auth, { action: 'token.create', entityType: 'api_token', entityId: id, after: { name: v.name, prefix: row.prefix, expiresAt: row.expires_at } });
			});
			return { id, name: v.name, token: secret, prefix: row.prefix, expiresAt: row.expires_at };
		},

		async listTokens(auth: AuthContext) {
			requireActor(auth);
			const rows = await repo.listTokens(k, auth.actor.accountId);
			return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at, revokedAt: r.revoked_at }));
		},

		async revokeToken(auth: AuthContext, tokenId: string): Promise<void> {
			requireActor(auth);
			if (!UUID_RE.test(tokenId)) throw new AppError('not_found');
			const n = await repo.revokeToken(k, tokenId, auth.actor.accountId, iso(now()));
			if (n === 0) throw new AppError('not_found');
			await recordAudit(k, clock, auth, { action: 'token.revoke', entityType: 'api_token', entityId: tokenId });
		},

		// Administration of accounts and grants

		async needsSetup(): Promise<boolean> {
			return (await repo.countAccounts(k)) === 0;
		},

		/** Creates the first administrator; refused once any account exists. */
		async setupFirstAdmin(info: RequestInfo, input: unknown) {
			const v = parseInput(accountCreate, input);
			checkNewPassword(v.password, v.login);
			const hash = await hashPassword(v.password);
			const id = newId();
			const t = iso(now());
			const run = async (trx: typeof k) => {
				if ((await repo.countAccounts(trx)) > 0) throw new AppError('conflict', 'errors.setup.done');
				await repo.insertAccount(trx, { id, login: v.login, display_name: v.displayName, email: v.email ?? null, password_hash: hash, status: 'active', created_at: t, updated_at: t, last_sign_in_at: null });
				await repo.insertGrant(trx, { id: newId(), account_id: id, role: 'administrator', scope_kind: 'global', scope_unit_id: null, scope_org_id: null, granted_by: null, created_at: t, revoked_at: null });
				await recordAudit(trx, clock, { actor: null, ip: info.ip, userAgent: 'setup', locale: 'vi' }, { action: 'account.setup_admin', entityType: 'account', entityId: id, after: { login: v.login, role: 'administrator' } });
			};
			if (db.dialect === 'postgres') {
				// serialise concurrent setups: only one first administrator
				await k.transaction().setIsolationLevel('serializable').execute(run).catch((e: unknown) => {
					if (e instanceof AppError) throw e;
					throw new AppError('conflict', 'errors.setup.done');
				});
			} else await transaction(db, run);
			const account = (await repo.findAccount(k, id))!;
			return newSession(account, info);
		},

		async listAccounts(auth: AuthContext, input: unknown) {
			// accounts belong to no place: only a global grant may list them
			if (!access.requireAny(auth, 'accounts.view').all) throw new AppError('forbidden');
			const v = parseInput(accountListQuery, input);
			const pageSize = 50;
			const { rows, total } = await repo.listAccounts(k, v.q, pageSize, (v.page - 1) * pageSize);
			return { items: rows.map(publicAccount), total, page: v.page, pageSize };
		},

		async getAccount(auth: AuthContext, id: string) {
			const scope = access.requireAny(auth, 'accounts.view');
			if (!scope.all || !UUID_RE.test(id)) throw new AppError('not_found');
			const a = await repo.findAccount(k, id);
			if (!a) throw new AppError('not_found');
			const grants = await repo.activeGrants(k, id);
			return {
				...publicAccount(a),
				grants: grants.map((g) => ({ id: g.id, role: g.role, scopeKind: g.scope_kind, unitId: g.scope_unit_id, orgId: g.scope_org_id, scopeName: g.unit_name ?? g.org_name, createdAt: g.created_at })),
				can: { manage: scope.all && (await access.allows(auth, 'accounts.manage', { unitId: null })) }
			};
		},

		async createAccount(auth: AuthContext, input: unknown) {
			requireGlobal(auth, 'accounts.manage');
			const id = await insertNewAccount(auth, parseInput(accountCreate, input), []);
			return publicAccount((await repo.findAccount(k, id))!);
		},

		async setAccountStatus(auth: AuthContext, id: string, status: 'active' | 'disabled') {
			requireGlobal(auth, 'accounts.manage');
			if (!UUID_RE.test(id)) throw new AppError('not_found');
			const a = await repo.findAccount(k, id);
			if (!a) throw new AppError('not_found');
			if (a.id === auth.actor?.accountId && status === 'disabled') throw invalidField('status', 'errors.account.not_self');
			await transaction(db, async (trx) => {
				if (status === 'disabled' && (await repo.isLastGlobalAdmin(trx, id))) throw invalidField('status', 'errors.account.last_admin');
				await repo.setStatus(trx, id, status, iso(now()));
				if (status === 'disabled') await repo.revokeAllSessions(trx, id, iso(now()));
				await recordAudit(trx, clock, auth, { action: 'account.status', entityType: 'account', entityId: id, before: { status: a.status }, after: { status } });
			});
		},

		async grantRole(auth: AuthContext, input: unknown) {
			requireGlobal(auth, 'grants.manage');
			const v = parseInput(grantCreate, input);
			if (GLOBAL_ONLY_ROLES.includes(v.role) && v.scopeKind !== 'global') throw invalidField('scopeKind', 'errors.grants.global_only');
			const a = await repo.findAccount(k, v.accountId);
			if (!a) throw invalidField('accountId', 'errors.account.unknown');
			if (v.scopeKind === 'unit' && !(await places.lookups.unit(v.unitId!)))
				throw invalidField('unitId', 'errors.places.unknown_unit');
			if (v.scopeKind === 'organization' && !(await places.lookups.org(v.orgId!)))
				throw invalidField('orgId', 'errors.places.unknown_org');
			const id = newId();
			const row = {
				id,
				account_id: a.id,
				role: v.role,
				scope_kind: v.scopeKind,
				scope_unit_id: v.scopeKind === 'unit' ? v.unitId! : null,
				scope_org_id: v.scopeKind === 'organization' ? v.orgId! : null,
				granted_by: auth.actor?.accountId ?? null,
				created_at: iso(now()),
				revoked_at: null
			};
			await transaction(db, async (trx) => {
				await repo.insertGrant(trx, row);
				await recordAudit(trx, clock, auth, { action: 'grant.create', entityType: 'account', entityId: a.id, scopeUnitId: row.scope_unit_id, after: { grantId: id, role: v.role, scopeKind: v.scopeKind, unitId: row.scope_unit_id, orgId: row.scope_org_id } });
			});
			return { id };
		},

		async revokeGrant(auth: AuthContext, grantId: string) {
			requireGlobal(auth, 'grants.manage');
			if (!UUID_RE.test(grantId)) throw new AppError('not_found');
			const g = await repo.findGrant(k, grantId);
			if (!g || g.revoked_at) throw new AppError('not_found');
			await transaction(db, async (trx) => {
				if (g.role === 'administrator' && g.scope_kind === 'global' && (await repo.isLastGlobalAdmin(trx, g.account_id)))
					throw invalidField('grantId', 'errors.account.last_admin');
				await repo.revokeGrant(trx, grantId, iso(now()));
				await recordAudit(trx, clock, auth, { action: 'grant.revoke', entityType: 'account', entityId: g.account_id, scopeUnitId: g.scope_unit_id, before: { grantId, role: g.role, scopeKind: g.scope_kind, unitId: g.scope_unit_id, orgId: g.scope_org_id } });
			});
		},

		/** Seeding and the CLI: an account with a known password and grants, no signed-in actor. */
		async createAccountDirect(input: { login: string; displayName: string; password: string; email?: string | null; grants: { role: Role; scope: Scope }[] }) {
			const v = parseInput(accountCreate, { login: input.login, displayName: input.displayName, password: input.password, email: input.email ?? null });
			const id = await insertNewAccount({ actor: null, ip: null, userAgent: 'cli', locale: 'vi' }, v, input.grants);
			return { id, login: v.login };
		},

		/**
		 * A resident's own account, made at sign-up: no grants, login = their email or phone.
		 * `alsoWrite` runs in the same transaction (the sign-up row), so neither exists alone.
		 */
		async createResidentAccount(auth: AuthContext, input: { login: string; loginField: string; displayName: string; email: string | null; password: string }, alsoWrite: (trx: Kysely<Database>, accountId: string) => Promise<void>): Promise<string> {
			const pw = newPassword.safeParse(input.password);
			if (!pw.success) throw invalidField('password', pw.error.issues[0]?.message ?? 'errors.password.too_short', { min: PASSWORD_MIN });
			checkNewPassword(input.password, input.login);
			if (await repo.findAccountByLogin(k, input.login)) throw invalidField(input.loginField, 'errors.signup.taken');
			const hash = await hashPassword(input.password);
			const id = newId();
			const t = iso(now());
			await transaction(db, async (trx) => {
				await repo.insertAccount(trx, { id, login: input.login, display_name: input.displayName, email: input.email, password_hash: hash, status: 'active', created_at: t, updated_at: t, last_sign_in_at: null });
				await alsoWrite(trx, id);
				await recordAudit(trx, clock, auth, { action: 'account.sign_up', entityType: 'account', entityId: id, after: { login: input.login, displayName: input.displayName, email: input.email } });
			}).catch((e: unknown) => {
				// two sign-ups with the same login at once: the second meets the unique index
				if (e instanceof AppError) throw e;
				throw invalidField(input.loginField, 'errors.signup.taken');
			});
			return id;
		},

		/** Counts an anonymous request from an address (sign-ups); refuses once the address has sent too many. */
		async throttleAddress(kind: string, ip: string | null): Promise<void> {
			await reserveAttempt({ key: `${kind}:${ip ?? 'unknown'}`, rule: THROTTLE_RULES.address }, 'errors.auth.too_many_requests');
		},

		/** When the account's latest one-time link of that purpose was made, if ever. */
		async lastOneTimeTokenAt(accountId: string, purpose: OneTimePurpose): Promise<string | null> {
			return (await repo.latestOneTimeToken(k, accountId, purpose))?.created_at ?? null;
		},

		/** A secret for a one-time link; only its hash is kept. A new one retires the older ones. */
		async issueOneTimeToken(purpose: OneTimePurpose, accountId: string, opts: { ttlMs: number; signupId?: string | null; createdBy?: string | null }): Promise<string> {
			const secret = newSecret(32);
			const t = iso(now());
			await transaction(db, async (trx) => {
				await repo.retireOneTimeTokens(trx, accountId, purpose, t);
				await repo.insertOneTimeToken(trx, { id: sha256(secret), purpose, account_id: accountId, signup_id: opts.signupId ?? null, created_by_account_id: opts.createdBy ?? null, created_at: t, expires_at: iso(now() + opts.ttlMs), used_at: null });
			});
			return secret;
		},

		/** Uses a one-time secret: answers whose it is, once; an unknown, used or stale one is refused. */
		async consumeOneTimeToken(secret: string, purpose: OneTimePurpose): Promise<{ accountId: string; signupId: string | null }> {
			const row = secret && secret.length <= 100 ? await repo.useOneTimeToken(k, sha256(secret), purpose, iso(now())) : undefined;
			if (!row) throw new AppError('invalid', 'errors.token.invalid', { fields: { token: { key: 'errors.token.invalid' } } });
			return { accountId: row.account_id, signupId: row.signup_id };
		},

		/**
		 * "Forgot my password": when the login (or email) belongs to an account with an email
		 * address, a one-hour link is sent there. The answer is the same either way, so the form
		 * tells no stranger who has an account.
		 */
		async requestPasswordReset(info: RequestInfo, input: unknown, origin: string): Promise<void> {
			const v = parseInput(passwordResetRequest, input);
			await reserveAttempt({ key: `reset:${info.ip ?? 'unknown'}`, rule: THROTTLE_RULES.pair }, 'errors.auth.too_many_requests');
			const a = (await repo.findAccountByLogin(k, v.login)) ?? (v.login.includes('@') ? await repo.findAccountByEmail(k, v.login) : undefined);
			if (!a || a.status !== 'active' || !a.email) return;
			const last = await repo.latestOneTimeToken(k, a.id, 'password_reset');
			if (last && now() - new Date(last.created_at).getTime() < ONE_TIME_RULES.resendAfterMs) return;
			const secret = await this.issueOneTimeToken('password_reset', a.id, { ttlMs: ONE_TIME_RULES.resetByEmailMs });
			await recordAudit(k, clock, { actor: null, ip: info.ip, userAgent: info.userAgent, locale: 'vi' }, { action: 'account.password_reset_sent', entityType: 'account', entityId: a.id });
			// a failed send must not tell the asker that the account exists: logged, answered alike
			await trySend(
				mailer,
				{
					to: a.email,
					subject: 'Đặt lại mật khẩu Suốt Đời',
					text: [
						`Chào ${a.display_name},`,
						'',
						'Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên Suốt Đời. Hãy mở đường dẫn dưới đây trong vòng 1 giờ để đặt mật khẩu mới:',
						'',
						`${origin}/reset-password?token=${secret}`,
						'',
						'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
						'',
						'Someone asked to reset your Suốt Đời password. Open the link above within an hour to choose a new one; if it was not you, ignore this message.'
					].join('\n')
				},
				`a password reset for account ${a.id}`
			);
		},

		/** Sets a new password from a one-time link; every session of the account ends. */
		async resetPassword(info: RequestInfo, input: unknown): Promise<{ login: string }> {
			const v = parseInput(passwordReset, input);
			const probe = await repo.findOneTimeTokenAccount(k, sha256(v.token), 'password_reset', iso(now()));
			if (!probe) throw new AppError('invalid', 'errors.token.invalid', { fields: { token: { key: 'errors.token.invalid' } } });
			checkNewPassword(v.newPassword, probe.login, 'newPassword');
			const hash = await hashPassword(v.newPassword);
			const { accountId } = await this.consumeOneTimeToken(v.token, 'password_reset');
			await transaction(db, async (trx) => {
				await repo.setPassword(trx, accountId, hash, iso(now()));
				await repo.revokeAllSessions(trx, accountId, iso(now()), null);
				await recordAudit(trx, clock, { actor: null, ip: info.ip, userAgent: info.userAgent, locale: 'vi' }, { action: 'account.password_reset', entityType: 'account', entityId: accountId });
			});
			return { login: probe.login };
		},

		/**
		 * An officer's reset for a resident who cannot use email: a one-day link to hand over
		 * (print, read out, send by Zalo). The caller checks the officer's scope over the
		 * resident; staff accounts are never reset this way.
		 */
		async issueResetLinkByOfficer(auth: AuthContext, accountId: string, origin: string): Promise<{ url: string; expiresAt: string }> {
			requireActor(auth);
			const a = await repo.findAccount(k, accountId);
			if (!a) throw new AppError('not_found');
			if (await isStaff(accountId)) throw new AppError('forbidden', 'errors.signup.staff_account');
			const secret = await this.issueOneTimeToken('password_reset', accountId, { ttlMs: ONE_TIME_RULES.resetByOfficerMs, createdBy: auth.actor.accountId });
			await recordAudit(k, clock, auth, { action: 'account.password_reset_issued', entityType: 'account', entityId: accountId });
			return { url: `${origin}/reset-password?token=${secret}`, expiresAt: iso(now() + ONE_TIME_RULES.resetByOfficerMs) };
		},

		/**
		 * Erasure of a resident's own account, asked by the people module when the record is
		 * erased: login, name and email go, sessions and tokens end, the log's values about the
		 * account are redacted. An account holding any grant (staff) is left to an administrator.
		 */
		async eraseResidentAccount(auth: AuthContext, accountId: string): Promise<boolean> {
			if (await isStaff(accountId)) return false;
			const unusable = await hashPassword(newSecret(32));
			const t = iso(now());
			await transaction(db, async (trx) => {
				await repo.anonymiseAccount(trx, accountId, unusable, t);
				await repo.revokeAllSessions(trx, accountId, t, null);
				await redactAudit(trx, 'account', accountId, t);
				await redactActor(trx, accountId, t);
				await recordAudit(trx, clock, auth, { action: 'account.erase', entityType: 'account', entityId: accountId, note: 'with the resident record, on request' });
			});
			return true;
		},

		/**
		 * Who a command-line action runs as: the named account with its own grants (so scope
		 * still applies and the audit log names a person), or else the first global administrator.
		 */
		async commandLineAuth(login?: string): Promise<AuthContext> {
			const a = login ? await repo.findAccountByLogin(k, login.trim().toLowerCase()) : await repo.firstGlobalAdministrator(k);
			if (!a || a.status !== 'active') throw new AppError('not_found', login ? 'errors.cli.no_account' : 'errors.cli.no_admin');
			return { actor: await actorFor(a, 'cli', null, null), ip: null, userAgent: 'cli', locale: 'vi' };
		},

		purgeOldSessions: () => repo.purgeSessions(k, iso(now() - 86_400_000))
	};
}

export type AccountsService = ReturnType<typeof createAccountsService>;
