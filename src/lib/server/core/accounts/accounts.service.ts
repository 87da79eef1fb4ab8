/**
 * Accounts: signing in and out, sessions (a new id at every sign-in; idle and absolute limits,
 * staff shorter than residents), the signed-in person's own account; and, from their own
 * files, tokens, administration and recovery, put together here as one service.
 */
import { can, isStaff, requireActor, type Actor, type AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { isRole, type Role } from '../../platform/permissions';
import { parseInput } from '../../platform/validation';
import * as repo from './accounts.repository';
import { CONSOLE_SECTIONS, type ConsoleSection, SESSION_RULES, THROTTLE_RULES } from './accounts.policy';
import { passwordChange, signInInput } from './accounts.schemas';
import { checkNewPassword, hashPassword, sha256, verifyDummy, verifyPassword } from './passwords';
import { iso, type RequestInfo } from './accounts.context';
import { accountsContext, type AccountsDeps } from './accounts.context';
import { createThrottle } from './accounts.throttle';
import { createTokens } from './accounts.tokens';
import { createAccountAdmin } from './accounts.admin';
import { createRecovery } from './accounts.recovery';

export type { AccountsDeps, OneTimePurpose, RequestInfo } from './accounts.context';

export function createAccountsService(deps: AccountsDeps) {
	const ctx = accountsContext(deps);
	const { db, k, clock, now, actorFor, rulesFor, newSession } = ctx;
	const { reserveSignIn, reserveAttempt } = createThrottle(ctx);

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

		/** Counts an anonymous request from an address (sign-ups); refuses once the address has sent too many. */
		async throttleAddress(kind: string, ip: string | null): Promise<void> {
			await reserveAttempt({ key: `${kind}:${ip ?? 'unknown'}`, rule: THROTTLE_RULES.address }, 'errors.auth.too_many_requests');
		},

		purgeOldSessions: () => repo.purgeSessions(k, iso(now() - 86_400_000)),

		/** Who is reading, for every page's header: null when signed out; what they may open. */
		viewer(auth: AuthContext) {
			const a = auth.actor;
			return a ? { login: a.login, displayName: a.displayName, staff: isStaff(auth), console: can(auth, 'console.enter') } : null;
		},

		/** Which parts of the staff console the actor may open (the console's menu); null when it may not enter. */
		consoleSections(auth: AuthContext): Record<ConsoleSection, boolean> | null {
			if (!can(auth, 'console.enter')) return null;
			return Object.fromEntries(Object.entries(CONSOLE_SECTIONS).map(([section, permission]) => [section, can(auth, permission)])) as Record<ConsoleSection, boolean>;
		},

		...createTokens(ctx),
		...createAccountAdmin(ctx),
		...createRecovery(ctx)
	};
}

export type AccountsService = ReturnType<typeof createAccountsService>;
