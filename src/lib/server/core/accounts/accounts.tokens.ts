/** Personal access tokens: made, listed and revoked by their owner; `Authorization: Bearer sd_…` turned into an actor. */
import { requireActor, type Actor, type AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId, newSecret, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import * as repo from './accounts.repository';
import { SESSION_RULES, TOKEN_PREFIX } from './accounts.policy';
import { tokenCreate } from './accounts.schemas';
import { sha256 } from './passwords';
import { iso, type AccountsContext } from './accounts.context';

export function createTokens(ctx: AccountsContext) {
	const { db, k, clock, now, actorFor } = ctx;

	return {
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
		}
	};
}
