/**
 * People: residents, households and clans are personal data (DOMAIN.md §7). `people.view`
 * (commune and association officers, auditors) reads the residents whose village lies in the
 * actor's unit subtree as of today; `people.manage` (commune officers, administrators) changes
 * them. Anything outside reads as not found. Every change is audited with before and after.
 */
import type { Target } from '../../platform/access';

/** Where a resident, a household or a sign-up sits for `people.view` and `people.manage`: its village. */
export const villageTarget = (r: { village_id: string }): Target => ({ unitId: r.village_id });
