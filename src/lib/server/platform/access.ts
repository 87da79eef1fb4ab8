/**
 * The one access gateway. Every service asks it before acting on a record; list queries
 * take the `ScopeSet` it returns and filter inside their SQL. No access to a record reads
 * as "not found" so that nothing reveals what lies outside the actor's scope.
 */
import { AppError } from './errors';
import { roleHas, isStaffRole, type Permission, type Role } from './permissions';

export type Scope =
	| { kind: 'global' }
	| { kind: 'unit'; unitId: string }
	| { kind: 'organization'; orgId: string };

export interface Grant {
	id: string;
	role: Role;
	scope: Scope;
}

export interface Actor {
	accountId: string;
	login: string;
	displayName: string;
	grants: readonly Grant[];
	via: 'session' | 'token' | 'cli' | 'job';
	sessionId: string | null;
	tokenId: string | null;
}

export type Locale = 'vi' | 'en';

/** Who is asking, and from where. Every service takes it first. */
export interface AuthContext {
	actor: Actor | null;
	ip: string | null;
	userAgent: string | null;
	locale: Locale;
}

/** The set of places a permission reaches for an actor; `all` means everywhere. */
export interface ScopeSet {
	all: boolean;
	unitIds: string[];
	orgIds: string[];
}

/** What the gateway needs to know of places; implemented by the places module. */
export interface ScopeResolver {
	/** the unit and all its ancestors, as of today (or the unit's last day if it has ended) */
	unitAncestors(unitId: string): Promise<string[]>;
}

/**
 * Counts a public lookup by code that found nothing (a certificate, a receipt) against the
 * address it came from, and throws `rate_limited` once an address has missed too often: codes
 * are meant to be scanned, not guessed. Lookups that find something are never slowed.
 */
export type LookupMiss = (ip: string | null) => Promise<void>;

export type Target = { unitId: string | null; orgId?: string | null };

/**
 * A use case that is not public asks this first, before reading anything: a stranger gets 401
 * alike for a record that exists and one that does not (no existence oracle).
 */
export function requireActor(auth: AuthContext): asserts auth is AuthContext & { actor: Actor } {
	if (!auth.actor) throw new AppError('unauthenticated');
}

export function isStaff(auth: AuthContext): boolean {
	return !!auth.actor?.grants.some((g) => isStaffRole(g.role));
}

export function scopesFor(auth: AuthContext, permission: Permission): ScopeSet {
	const set: ScopeSet = { all: false, unitIds: [], orgIds: [] };
	for (const g of auth.actor?.grants ?? []) {
		if (!roleHas(g.role, permission)) continue;
		if (g.scope.kind === 'global') set.all = true;
		else if (g.scope.kind === 'unit') set.unitIds.push(g.scope.unitId);
		else set.orgIds.push(g.scope.orgId);
	}
	return set;
}

export function can(auth: AuthContext, permission: Permission): boolean {
	const s = scopesFor(auth, permission);
	return s.all || s.unitIds.length > 0 || s.orgIds.length > 0;
}

export interface AccessGateway {
	/** Throws unless the actor holds the permission somewhere; returns where. */
	requireAny(auth: AuthContext, permission: Permission): ScopeSet;
	/** Throws not_found unless the permission reaches the target. */
	requireAccess(auth: AuthContext, permission: Permission, target: Target): Promise<void>;
	/** The same question without throwing (abilities that travel with records). */
	allows(auth: AuthContext, permission: Permission, target: Target): Promise<boolean>;
}

export function createAccessGateway(resolver: ScopeResolver): AccessGateway {
	async function allows(auth: AuthContext, permission: Permission, target: Target): Promise<boolean> {
		const s = scopesFor(auth, permission);
		if (s.all) return true;
		if (target.orgId && s.orgIds.includes(target.orgId)) return true;
		if (s.unitIds.length === 0 || !target.unitId) return false;
		const ancestors = await resolver.unitAncestors(target.unitId);
		return s.unitIds.some((u) => ancestors.includes(u));
	}
	return {
		requireAny(auth, permission) {
			if (!auth.actor) throw new AppError('unauthenticated');
			const s = scopesFor(auth, permission);
			if (!s.all && s.unitIds.length === 0 && s.orgIds.length === 0) throw new AppError('forbidden');
			return s;
		},
		async requireAccess(auth, permission, target) {
			if (!auth.actor) throw new AppError('unauthenticated');
			if (!(await allows(auth, permission, target))) throw new AppError('not_found');
		},
		allows
	};
}
