import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';

type DB = Kysely<Database>;

export const findAccountByLogin = (db: DB, login: string) =>
	db.selectFrom('accounts').selectAll().where('login', '=', login).executeTakeFirst();

export const findAccount = (db: DB, id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();

export async function countAccounts(db: DB): Promise<number> {
	const r = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function insertAccount(db: DB, row: NewRow<'accounts'>): Promise<void> {
	await db.insertInto('accounts').values(row).execute();
}

export async function listAccounts(db: DB, q: string | undefined, limit: number, offset: number) {
	let base = db.selectFrom('accounts');
	if (q) {
		const needle = `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;
		base = base.where((eb) => eb.or([eb('login', 'like', needle), eb(eb.fn('lower', ['display_name']), 'like', needle)]));
	}
	const [rows, count] = await Promise.all([
		base.selectAll().orderBy('login').limit(limit).offset(offset).execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

export type GrantRow = Row<'role_grants'> & { unit_name: string | null; org_name: string | null };

export const activeGrants = (db: DB, accountId: string): Promise<GrantRow[]> =>
	db
		.selectFrom('role_grants as g')
		.leftJoin('admin_units as u', 'u.id', 'g.scope_unit_id')
		.leftJoin('organizations as o', 'o.id', 'g.scope_org_id')
		.selectAll('g')
		.select(['u.name as unit_name', 'o.name as org_name'])
		.where('g.account_id', '=', accountId)
		.where('g.revoked_at', 'is', null)
		.orderBy('g.created_at')
		.execute();

export const findGrant = (db: DB, id: string) => db.selectFrom('role_grants').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertGrant(db: DB, row: NewRow<'role_grants'>): Promise<void> {
	await db.insertInto('role_grants').values(row).execute();
}

export async function revokeGrant(db: DB, id: string, at: string): Promise<void> {
	await db.updateTable('role_grants').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

// Sessions

export async function insertSession(db: DB, row: NewRow<'sessions'>): Promise<void> {
	await db.insertInto('sessions').values(row).execute();
}

export const findSession = (db: DB, id: string) => db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

export async function touchSession(db: DB, id: string, lastSeen: string, idleExpires: string): Promise<void> {
	await db.updateTable('sessions').set({ last_seen_at: lastSeen, idle_expires_at: idleExpires }).where('id', '=', id).execute();
}

export async function revokeSession(db: DB, id: string, at: string): Promise<void> {
	await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Revokes every live session of the account, but the one kept (the current one), if any. */
export async function revokeAllSessions(db: DB, accountId: string, at: string, keep: string | null = null): Promise<number> {
	let q = db.updateTable('sessions').set({ revoked_at: at }).where('account_id', '=', accountId).where('revoked_at', 'is', null);
	if (keep) q = q.where('id', '!=', keep);
	const r = await q.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export const liveSessions = (db: DB, accountId: string, now: string) =>
	db
		.selectFrom('sessions')
		.selectAll()
		.where('account_id', '=', accountId)
		.where('revoked_at', 'is', null)
		.where('expires_at', '>', now)
		.where('idle_expires_at', '>', now)
		.orderBy('last_seen_at', 'desc')
		.execute();

/** Forget sessions that ended more than a day ago. */
export async function purgeSessions(db: DB, before: string): Promise<void> {
	await db
		.deleteFrom('sessions')
		.where((eb) => eb.or([eb('expires_at', '<', before), eb('idle_expires_at', '<', before), eb('revoked_at', '<', before)]))
		.execute();
}

// Tokens

export async function insertToken(db: DB, row: NewRow<'api_tokens'>): Promise<void> {
	await db.insertInto('api_tokens').values(row).execute();
}

export const findTokenByHash = (db: DB, hash: string) =>
	db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();

export const listTokens = (db: DB, accountId: string) =>
	db.selectFrom('api_tokens').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute();

export async function revokeToken(db: DB, id: string, accountId: string, at: string): Promise<number> {
	const r = await db
		.updateTable('api_tokens')
		.set({ revoked_at: at })
		.where('id', '=', id)
		.where('account_id', '=', accountId)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function touchToken(db: DB, id: string, at: string): Promise<void> {
	await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function setPassword(db: DB, accountId: string, hash: string, at: string): Promise<void> {
	await db.updateTable('accounts').set({ password_hash: hash, updated_at: at }).where('id', '=', accountId).execute();
}

export async function setSignedIn(db: DB, accountId: string, at: string): Promise<void> {
	await db.updateTable('accounts').set({ last_sign_in_at: at }).where('id', '=', accountId).execute();
}

export async function setStatus(db: DB, accountId: string, status: string, at: string): Promise<void> {
	await db.updateTable('accounts').set({ status, updated_at: at }).where('id', '=', accountId).execute();
}

// Throttle

/**
 * Counts one attempt atomically unless the key is blocked; answers the new count, or the
 * block that refused it. Reaching `free` sets a provisional block in the same statement.
 */
export async function countAttempt(
	db: DB,
	key: string,
	o: { at: string; forgetBefore: string; free: number; provisionalUntil: string }
): Promise<{ failures: number; blockedUntil: string | null }> {
	const next = sql<number>`case when sign_in_throttle.last_failure_at < ${o.forgetBefore} then 1 else sign_in_throttle.failures + 1 end`;
	const counted = await db
		.insertInto('sign_in_throttle')
		.values({ key, failures: 1, last_failure_at: o.at, blocked_until: o.free <= 1 ? o.provisionalUntil : null })
		.onConflict((oc) =>
			oc
				.column('key')
				.doUpdateSet({
					failures: next,
					last_failure_at: o.at,
					blocked_until: sql`case when ${next} >= ${o.free} then ${o.provisionalUntil} else null end`
				})
				.where((eb) => eb.or([eb('sign_in_throttle.blocked_until', 'is', null), eb('sign_in_throttle.blocked_until', '<=', o.at)]))
		)
		.returning('failures')
		.executeTakeFirst();
	if (counted) return { failures: Number(counted.failures), blockedUntil: null };
	const row = await db.selectFrom('sign_in_throttle').select('blocked_until').where('key', '=', key).executeTakeFirst();
	return { failures: 0, blockedUntil: row?.blocked_until ?? null };
}

/** A successful sign-in takes back its own count from a shared key (the address). */
export async function forgiveAttempt(db: DB, key: string, free: number): Promise<void> {
	await db
		.updateTable('sign_in_throttle')
		.set({
			failures: sql`case when failures > 0 then failures - 1 else 0 end`,
			blocked_until: sql`case when failures - 1 < ${free} then null else blocked_until end`
		})
		.where('key', '=', key)
		.execute();
}

/** Whether this account holds the last active global administrator grant. */
export async function isLastGlobalAdmin(db: DB, accountId: string): Promise<boolean> {
	const admins = await db
		.selectFrom('role_grants as g')
		.innerJoin('accounts as a', 'a.id', 'g.account_id')
		.select('g.account_id')
		.distinct()
		.where('g.role', '=', 'administrator')
		.where('g.scope_kind', '=', 'global')
		.where('g.revoked_at', 'is', null)
		.where('a.status', '=', 'active')
		.execute();
	return admins.length === 1 && admins[0]!.account_id === accountId;
}

export async function blockedUntil(db: DB, key: string): Promise<string | null> {
	const r = await db.selectFrom('sign_in_throttle').select('blocked_until').where('key', '=', key).executeTakeFirst();
	return r?.blocked_until ?? null;
}

export async function setBlockedUntil(db: DB, key: string, until: string): Promise<void> {
	await db.updateTable('sign_in_throttle').set({ blocked_until: until }).where('key', '=', key).execute();
}

export async function clearThrottle(db: DB, keys: string[]): Promise<void> {
	if (keys.length) await db.deleteFrom('sign_in_throttle').where('key', 'in', keys).execute();
}

/** The longest-standing active account holding a global administrator grant. */
export const firstGlobalAdministrator = (db: DB) =>
	db
		.selectFrom('accounts as a')
		.innerJoin('role_grants as g', 'g.account_id', 'a.id')
		.selectAll('a')
		.where('a.status', '=', 'active')
		.where('g.role', '=', 'administrator')
		.where('g.scope_kind', '=', 'global')
		.where('g.revoked_at', 'is', null)
		.orderBy('g.created_at')
		.limit(1)
		.executeTakeFirst();

export const findAccountByEmail = (db: DB, email: string) => db.selectFrom('accounts').selectAll().where('email', '=', email).where('status', '=', 'active').orderBy('created_at').executeTakeFirst();

// One-time tokens (email confirmation, password reset)

export async function insertOneTimeToken(db: DB, row: NewRow<'one_time_tokens'>): Promise<void> {
	await db.insertInto('one_time_tokens').values(row).execute();
}

/** Marks a live token used and answers it, in one statement: a token works once, even when raced. */
export async function useOneTimeToken(db: DB, id: string, purpose: string, at: string) {
	const r = await db.updateTable('one_time_tokens').set({ used_at: at }).where('id', '=', id).where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', at).executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) return undefined;
	return db.selectFrom('one_time_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export const latestOneTimeToken = (db: DB, accountId: string, purpose: string) =>
	db.selectFrom('one_time_tokens').select(['created_at']).where('account_id', '=', accountId).where('purpose', '=', purpose).orderBy('created_at', 'desc').limit(1).executeTakeFirst();

/** Ends every other outstanding token of that purpose (a new link replaces the old). */
export async function retireOneTimeTokens(db: DB, accountId: string, purpose: string, at: string): Promise<void> {
	await db.updateTable('one_time_tokens').set({ used_at: at }).where('account_id', '=', accountId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}

/** The account of a live token, without using it (to check a new password before spending the link). */
export const findOneTimeTokenAccount = (db: DB, id: string, purpose: string, at: string) =>
	db
		.selectFrom('one_time_tokens as t')
		.innerJoin('accounts as a', 'a.id', 't.account_id')
		.select(['a.id', 'a.login'])
		.where('t.id', '=', id)
		.where('t.purpose', '=', purpose)
		.where('t.used_at', 'is', null)
		.where('t.expires_at', '>', at)
		.where('a.status', '=', 'active')
		.executeTakeFirst();

export async function anonymiseAccount(db: DB, id: string, unusableHash: string, at: string): Promise<void> {
	await db.updateTable('accounts').set({ login: `da-xoa-${id}`, display_name: 'Đã xóa theo yêu cầu', email: null, password_hash: unusableHash, status: 'erased', updated_at: at }).where('id', '=', id).execute();
	await db.updateTable('api_tokens').set({ revoked_at: at }).where('account_id', '=', id).where('revoked_at', 'is', null).execute();
}
