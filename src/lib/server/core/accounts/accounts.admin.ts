/**
 * Administration: the first administrator, accounts and their grants (global grants only:
 * accounts belong to no place), residents' own accounts made at sign-up, erasure, and who a
 * command-line action runs as.
 */
import { type AuthContext, can, type Locale, type Scope } from '../../platform/access';
import { serializableTransaction } from '../../platform/db/dialect';
import { recordAudit, redactActor, redactAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import type { Database } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, newSecret, UUID_RE } from '../../platform/ids';
import { type Role } from '../../platform/permissions';
import { parseInput } from '../../platform/validation';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import * as repo from './accounts.repository';
import { GLOBAL_ONLY_ROLES, PASSWORD_MIN } from './accounts.policy';
import { accountCreate, accountListQuery, grantCreate, newPassword } from './accounts.schemas';
import { checkNewPassword, hashPassword } from './passwords';
import { iso, publicAccount, type AccountsContext, type RequestInfo } from './accounts.context';

export function createAccountAdmin(ctx: AccountsContext) {
	const { db, k, clock, now, access, places, actorFor, requireGlobal, isStaff, newSession } = ctx;

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
			// concurrent setups are serialised: only one first administrator
			await serializableTransaction(db, run, (e) => {
				if (e instanceof AppError) throw e;
				throw new AppError('conflict', 'errors.setup.done');
			});
			const account = (await repo.findAccount(k, id))!;
			return newSession(account, info);
		},

		async listAccounts(auth: AuthContext, input: unknown) {
			// accounts belong to no place: only a global grant may list them
			if (!access.requireAny(auth, 'accounts.view').all) throw new AppError('forbidden');
			const v = parseInput(accountListQuery, input);
			const pageSize = 50;
			const { rows, total } = await repo.listAccounts(k, v.q, pageSize, (v.page - 1) * pageSize);
			return { items: rows.map(publicAccount), total, page: v.page, pageSize, can: { create: can(auth, 'accounts.manage') } };
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
				can: { manage: scope.all && (await access.allows(auth, 'accounts.manage', { unitId: null })), grant: access.requireAny(auth, 'grants.manage').all }
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

		/**
		 * Who a background job runs for: the account that asked, with its grants as they are now
		 * (a grant revoked since the asking no longer reaches anything); not found once disabled.
		 */
		async jobAuth(accountId: string, locale: Locale): Promise<AuthContext> {
			const a = await repo.findAccount(k, accountId);
			if (!a || a.status !== 'active') throw new AppError('not_found');
			return { actor: await actorFor(a, 'job', null, null), ip: null, userAgent: 'job', locale };
		}
	};
}
