/**
 * Funds: a fund sits where its owner does — the unit (a commune or a village) and, for a school's
 * or a centre's fund, that organisation. `funds.view` reads the book, `funds.manage` opens funds
 * and writes entries (association officers, school administrators; administrators everywhere),
 * each within the grant's scope; out of scope reads as not found. Nobody, whatever the grant,
 * changes or deletes an entry: a mistake is put right by a reversing entry.
 */
import type { Target } from '../../platform/access';

export const fundTarget = (f: { unit_id: string; org_id: string | null }): Target => ({ unitId: f.unit_id, orgId: f.org_id });

/** A school's or a centre's fund names its organisation; the others belong to a unit alone. */
export const OWNERS_WITH_ORG: readonly string[] = ['school', 'centre'];
