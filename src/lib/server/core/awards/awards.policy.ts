/**
 * Awards and the honour board, and who may do what.
 *
 * - A fund's reward regulation is read by whoever may read the fund or propose awards from it
 *   (`funds.view` or `awards.propose` reaching the fund) and published by `funds.manage` on it.
 * - An award is proposed by `awards.propose` reaching the fund (association and commune officers
 *   in their unit, a school's administrator for the school's fund); it is approved, refused and
 *   paid by `funds.manage` on the fund — the payout writes the fund's book.
 * - A nomination to the honour board is made by `honours.nominate` reaching its unit or its
 *   organisation (officers, schools, associations), reviewed and its consent recorded or
 *   withdrawn by `honours.review` (association and commune officers). The person named may
 *   withdraw their own consent from their account. Out of scope reads as not found.
 * - Public: only approved nominations whose consent stands, never the evidence.
 */
import type { Target } from '../../platform/access';

export const nominationTarget = (n: { unit_id: string; org_id: string | null }): Target => ({ unitId: n.unit_id, orgId: n.org_id });
