/**
 * Learning titles, and who may do what (DOMAIN.md §3).
 *
 * - A commune's cycle is opened, and its decision recorded, by `titles.manage` reaching the commune
 *   (commune officers, the association's officers); they also register clans, villages and units,
 *   and answer objections.
 * - A village's registrations (many households from a list at once) and its review, posting and
 *   minutes are the work of `titles.review` reaching the village (village heads; officers above).
 * - A household head registers and self-assesses their own household from their account; a
 *   resident registers and self-assesses as a learning citizen. Residents of a village object to
 *   a posted candidate of that village while the posting is open.
 * - `titles.view` reads the figures in scope (auditors, the education office, village heads).
 * - Criteria sets: read by any signed-in staff member; a new version by `criteria.manage` (global).
 * - Out of scope reads as not found.
 */
import type { Target } from '../../platform/access';

export const communeTarget = (c: { commune_id: string }): Target => ({ unitId: c.commune_id });
export const villageTarget = (villageId: string): Target => ({ unitId: villageId });
