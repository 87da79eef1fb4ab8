/**
 * Roles and permissions as typed data. Each module's `<m>.policy.ts` explains how scope
 * applies to the permissions it uses; the table that says which role holds which lives here
 * so that it can be read in one place. Deny by default: a role holds only what is listed.
 */
export const ROLES = [
	'resident',
	'teacher',
	'centre_manager',
	'school_admin',
	'association_officer',
	'commune_officer',
	'education_officer',
	'auditor',
	'administrator'
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
	// console
	'console.enter',
	// places
	'units.manage',
	'organizations.view',
	'organizations.manage',
	// accounts and access (accounts are not tied to a place: only global grants list them)
	'accounts.view',
	'accounts.manage',
	'grants.manage',
	// audit
	'audit.read',
	// news and announcements
	'news.manage',
	// people: residents, households, clans (personal data: every change audited)
	'people.view',
	'people.manage',
	// learning: courses, classes, enrolling others (an organiser's courses: organisation or unit scope)
	'learning.manage',
	// study-promotion funds: their books (unit or organisation scope; entries are never changed)
	'funds.view',
	'funds.manage',
	// scholarship rounds: adding versions of the criteria sets (administrators; rounds use funds.* and assignment)
	'scholarships.criteria',
	// awards: proposing an award under a fund's regulation (approving and paying it is funds.manage)
	'awards.propose',
	// the honour board: nominating, and reviewing nominations (unit or organisation scope)
	'honours.nominate',
	'honours.review',
	// community bookshelves: shelves, keepers, titles, copies and circulation in scope (keepers of a shelf lend on it without this)
	'library.manage',
	// operations: background jobs and their dead letters (a global grant only)
	'jobs.manage'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF: readonly Permission[] = ['console.enter', 'organizations.view'];

export const ROLE_PERMISSIONS = {
	resident: [],
	teacher: [...STAFF],
	centre_manager: [...STAFF, 'learning.manage', 'library.manage'],
	school_admin: [...STAFF, 'learning.manage', 'library.manage', 'funds.view', 'funds.manage', 'awards.propose', 'honours.nominate'],
	association_officer: [...STAFF, 'news.manage', 'people.view', 'learning.manage', 'library.manage', 'funds.view', 'funds.manage', 'awards.propose', 'honours.nominate', 'honours.review'],
	commune_officer: [...STAFF, 'organizations.manage', 'news.manage', 'people.view', 'people.manage', 'learning.manage', 'library.manage', 'funds.view', 'awards.propose', 'honours.nominate', 'honours.review'],
	education_officer: [...STAFF, 'organizations.manage', 'units.manage', 'news.manage', 'learning.manage', 'library.manage'],
	auditor: [...STAFF, 'audit.read', 'accounts.view', 'people.view', 'funds.view'],
	administrator: [...PERMISSIONS]
} as const satisfies Record<Role, readonly Permission[]>;

export function roleHas(role: Role, permission: Permission): boolean {
	return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

/** Roles whose sessions follow the staff rules (short idle timeout, console navigation). */
export function isStaffRole(role: Role): boolean {
	return role !== 'resident';
}

export function isRole(s: string): s is Role {
	return (ROLES as readonly string[]).includes(s);
}
