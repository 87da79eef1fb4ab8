/**
 * Recovery and one-time links: email confirmation and password-reset secrets (only their
 * hashes kept), "forgot my password" by email, and a reset link an officer hands over.
 */
import { requireActor, type AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newSecret } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import * as repo from './accounts.repository';
import { ONE_TIME_RULES, THROTTLE_RULES } from './accounts.policy';
import { passwordReset, passwordResetRequest } from './accounts.schemas';
import { checkNewPassword, hashPassword, sha256 } from './passwords';
import { resetPasswordMail } from './accounts.messages';
import { iso, type AccountsContext, type OneTimePurpose, type RequestInfo } from './accounts.context';
import { createThrottle } from './accounts.throttle';

export function createRecovery(ctx: AccountsContext) {
	const { db, k, clock, now, outbox, isStaff, links } = ctx;
	const { reserveAttempt } = createThrottle(ctx);

	const recovery = {
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
		async requestPasswordReset(info: RequestInfo, input: unknown): Promise<void> {
			const v = parseInput(passwordResetRequest, input);
			await reserveAttempt({ key: `reset:${info.ip ?? 'unknown'}`, rule: THROTTLE_RULES.pair }, 'errors.auth.too_many_requests');
			const a = (await repo.findAccountByLogin(k, v.login)) ?? (v.login.includes('@') ? await repo.findAccountByEmail(k, v.login) : undefined);
			if (!a || a.status !== 'active' || !a.email) return;
			const last = await repo.latestOneTimeToken(k, a.id, 'password_reset');
			if (last && now() - new Date(last.created_at).getTime() < ONE_TIME_RULES.resendAfterMs) return;
			const secret = await recovery.issueOneTimeToken('password_reset', a.id, { ttlMs: ONE_TIME_RULES.resetByEmailMs });
			await recordAudit(k, clock, { actor: null, ip: info.ip, userAgent: info.userAgent, locale: 'vi' }, { action: 'account.password_reset_sent', entityType: 'account', entityId: a.id });
			// a failed send must not tell the asker that the account exists: logged, answered alike
			await outbox.post(resetPasswordMail(a.email, a.display_name, links.resetPassword(secret)), `Thư đặt lại mật khẩu cho tài khoản ${a.login}`);
		},

		/** Sets a new password from a one-time link; every session of the account ends. */
		async resetPassword(info: RequestInfo, input: unknown): Promise<{ login: string }> {
			const v = parseInput(passwordReset, input);
			const probe = await repo.findOneTimeTokenAccount(k, sha256(v.token), 'password_reset', iso(now()));
			if (!probe) throw new AppError('invalid', 'errors.token.invalid', { fields: { token: { key: 'errors.token.invalid' } } });
			checkNewPassword(v.newPassword, probe.login, 'newPassword');
			const hash = await hashPassword(v.newPassword);
			const { accountId } = await recovery.consumeOneTimeToken(v.token, 'password_reset');
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
		async issueResetLinkByOfficer(auth: AuthContext, accountId: string): Promise<{ url: string; expiresAt: string }> {
			requireActor(auth);
			const a = await repo.findAccount(k, accountId);
			if (!a) throw new AppError('not_found');
			if (await isStaff(accountId)) throw new AppError('forbidden', 'errors.signup.staff_account');
			const secret = await recovery.issueOneTimeToken('password_reset', accountId, { ttlMs: ONE_TIME_RULES.resetByOfficerMs, createdBy: auth.actor.accountId });
			await recordAudit(k, clock, auth, { action: 'account.password_reset_issued', entityType: 'account', entityId: accountId });
			return { url: links.resetPassword(secret), expiresAt: iso(now() + ONE_TIME_RULES.resetByOfficerMs) };
		}
	};
	return recovery;
}
