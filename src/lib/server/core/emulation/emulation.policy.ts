/**
 * The schools' emulation "dạy tốt, học tốt", and who may do what (DOMAIN.md §1, the Schools row).
 *
 * - `emulation.manage` (the education office, a commune's officers; administrators) opens a round
 *   for a unit in its scope and a school year, reviews the schools' scores, ranks and records
 *   awards. It reaches a round through the round's unit.
 * - `emulation.score` (a school's administrators, organisation scope) self-scores its own school in
 *   a round whose unit lies above the school. Another school's score, or a round that does not
 *   reach the school, reads as not found.
 * - `emulation.activities` (either side's staff: school administrators, centre managers; officers
 *   above in unit scope) records a joint school–centre activity when it reaches either side, and
 *   lists those either side of which it reaches.
 * - Criteria versions: read by signed-in staff, a new version by `criteria.manage` (administrators).
 */
import type { Target } from '../../platform/access';

export const roundTarget = (r: { unit_id: string }): Target => ({ unitId: r.unit_id });
export const orgTarget = (o: { id: string; unit_id: string }): Target => ({ unitId: o.unit_id, orgId: o.id });
