/**
 * Places: the administrative tree and the organisations attached to it are public facts, so
 * reading them needs no permission. Changing a unit needs `units.manage` over the unit's
 * parent (or the unit itself); changing an organisation needs `organizations.manage` over
 * the unit it is attached to (a unit grant covers the whole subtree as of today) or over the
 * organisation itself. Staff lists of organisations are filtered by `organizations.view`.
 */
import type { Target } from '../../platform/access';

/** Where an organisation sits for `organizations.view` and `organizations.manage`: its unit, and itself. */
export const orgTarget = (o: { id: string; unit_id: string }): Target => ({ unitId: o.unit_id, orgId: o.id });
