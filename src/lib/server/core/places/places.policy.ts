/**
 * Places: the administrative tree and the organisations attached to it are public facts, so
 * reading them needs no permission. Changing a unit needs `units.manage` over the unit's
 * parent (or the unit itself); changing an organisation needs `organizations.manage` over
 * the unit it is attached to (a unit grant covers the whole subtree as of today) or over the
 * organisation itself. Staff lists of organisations are filtered by `organizations.view`.
 */
export const PLACES_PERMISSIONS = ['units.manage', 'organizations.view', 'organizations.manage'] as const;
