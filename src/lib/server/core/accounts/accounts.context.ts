/**
 * What the parts of the accounts module share: its dependencies, the clock in milliseconds,
 * turning an account into an actor, new sessions, and the rule that accounts and grants
 * belong to no place. Each part (sessions, tokens, administration, recovery) is built on it.
 */
import { can, type AccessGateway, type Actor, type AuthContext, type Grant, type Scope } from '../../platform/access';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { Row } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { newSecret } from '../../platform/ids';
import type { Links } from '../../platform/links';
import type { Outbox } from '../../platform/mail';
import { isRole, isStaffRole } from '../../platform/permissions';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './accounts.repository';
import { SESSION_RULES } from './accounts.policy';
import { sha256 } from './passwords';

export interface RequestInfo {
	ip: string | null;
	userAgent: string | null;
}

export interface AccountsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	places: { lookups: PlaceLookups };
	links: Links;
}

export type OneTimePurpose = 'email_confirm' | 'password_reset';

export const iso = (ms: number) => new Date(ms).toISOString();

function toGrant(g: repo.GrantRow): Grant | null {
	if (!isRole(g.role)) return null;
	let scope: Scope;
	if (g.scope_kind === 'global') scope = { kind: 'global' };
	else if (g.scope_kind === 'unit' && g.scope_unit_id) scope = { kind: 'unit', unitId: g.scope_unit_id };
	else if (g.scope_kind === 'organization' && g.scope_org_id) scope = { kind: 'organization', orgId: g.scope_org_id };
	else return null;
	return { id: g.id, role: g.role, scope };
}

export function publicAccount(a: Row<'accounts'>) {
	return { id: a.id, login: a.login, displayName: a.display_name, email: a.email, status: a.status, createdAt: a.created_at, lastSignInAt: a.last_sign_in_at };
}

export function accountsContext(deps: AccountsDeps) {
	const { access, clock } = deps;
	const k = deps.db.kysely;
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
		const signedIn = { ...actor, sessionId: id };
		// where the person goes first: the console for staff who may enter it, else their account
		return { token, expiresAt: iso(t + rules.absoluteMs), actor: signedIn, can: { console: can({ actor: signedIn, ip: info.ip, userAgent: info.userAgent, locale: 'vi' }, 'console.enter') } };
	}

	return { ...deps, k, now, actorFor, requireGlobal, isStaff, rulesFor, newSession };
}

export type AccountsContext = ReturnType<typeof accountsContext>;
