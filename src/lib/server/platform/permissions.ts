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
	'village_head',
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
	// learning titles: a commune's cycle — opening it, registering units and clans, answering objections, deciding (unit scope)
	'titles.manage',
	// learning titles: a village's registrations and its review (village heads, officers; unit scope)
	'titles.review',
	// learning titles: the figures against the targets (read only)
	'titles.view',
	// criteria sets: adding a new version (administrators)
	'criteria.manage',
	// the Lifelong Learning Week: campaigns and their directives (city or commune: unit scope), an
	// organisation's report on its directives (organisation scope), events (unit or organisation
	// scope), checking tickets in at the door, online contests
	'campaigns.manage',
	'campaigns.report',
	'events.manage',
	'events.check_in',
	'contests.manage',
	// community bookshelves: shelves, keepers, titles, copies and circulation in scope (keepers of a shelf lend on it without this)
	'library.manage',
	// schools' emulation: opening a round over the schools in scope, reviewing, ranking, awards (unit scope)
	'emulation.manage',
	// schools' emulation: a school's self-score (its administrators; organisation scope)
	'emulation.score',
	// joint school–centre activities: recording them (either side's staff; officers above)
	'emulation.activities',
	// operations: background jobs and their dead letters (a global grant only)
	'jobs.manage'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF: readonly Permission[] = ['console.enter', 'organizations.view'];

export const ROLE_PERMISSIONS = {
	resident: [],
	teacher: [...STAFF, 'events.check_in'],
	centre_manager: [...STAFF, 'learning.manage', 'campaigns.report', 'events.manage', 'events.check_in', 'library.manage', 'emulation.activities'],
	school_admin: [...STAFF, 'learning.manage', 'funds.view', 'funds.manage', 'awards.propose', 'honours.nominate', 'campaigns.report', 'events.manage', 'events.check_in', 'library.manage', 'emulation.score', 'emulation.activities'],
	association_officer: [...STAFF, 'news.manage', 'people.view', 'learning.manage', 'funds.view', 'funds.manage', 'awards.propose', 'honours.nominate', 'honours.review', 'titles.manage', 'titles.review', 'titles.view', 'campaigns.report', 'events.manage', 'events.check_in', 'contests.manage', 'library.manage'],
	commune_officer: [...STAFF, 'organizations.manage', 'news.manage', 'people.view', 'people.manage', 'learning.manage', 'funds.view', 'awards.propose', 'honours.nominate', 'honours.review', 'titles.manage', 'titles.review', 'titles.view', 'campaigns.manage', 'campaigns.report', 'events.manage', 'events.check_in', 'contests.manage', 'library.manage', 'emulation.manage', 'emulation.activities'],
	education_officer: [...STAFF, 'organizations.manage', 'units.manage', 'news.manage', 'learning.manage', 'titles.view', 'campaigns.manage', 'campaigns.report', 'events.manage', 'events.check_in', 'contests.manage', 'library.manage', 'emulation.manage', 'emulation.activities'],
	auditor: [...STAFF, 'audit.read', 'accounts.view', 'people.view', 'funds.view', 'titles.view'],
	// a village head (trưởng thôn): the village's residents to read, its registrations and review
	village_head: [...STAFF, 'people.view', 'titles.review', 'titles.view'],
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
