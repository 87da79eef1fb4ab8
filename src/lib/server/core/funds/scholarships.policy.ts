/**
 * Scholarship rounds — who does what (decided here, see the module's report):
 *
 * - A round belongs to a fund and sits where the fund does. Opening it and chairing it (closing
 *   nominations, approving, paying, the signed-receipt list) take `funds.manage` on the fund; the
 *   account that opened it is recorded as chair, but any holder of `funds.manage` there acts as
 *   chair (the association's officers share the work). `funds.view` there reads the round's figures.
 * - Reviewers are named accounts assigned to the round by the chair (assignment alone, no extra
 *   permission): any staff account (association officers, school administrators, commune
 *   officers, teachers). They read every nomination and its documents, score each once, and may
 *   declare a conflict of interest instead; they see others' scores only once they have submitted
 *   their own for that nomination, or when review has closed.
 * - Nominators: staff with `funds.manage` reaching the pupil — a school's administrators for their
 *   school's pupils, association officers for the villages in their scope — and a guardian: a
 *   resident account (adult) nominating a child of its own household. A pupil's own account never
 *   nominates (refused with a message), nor does a child's account.
 * - Documents are served to the round's reviewers and chair only; to everyone else, the
 *   nominator included, they do not exist (404).
 * - Criteria sets are versioned data that administrators add versions of
 *   (`scholarships.criteria`); every staff account reads them.
 * Anything out of the actor's reach reads as not found.
 */
import type { Target } from '../../platform/access';

export const roundTarget = (r: { unit_id: string; org_id: string | null }): Target => ({ unitId: r.unit_id, orgId: r.org_id });

/** Full age in years on a date (YYYY-MM-DD strings). */
export const ageOn = (birthDate: string, on: string): number => {
	const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
	return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/** A guardian nominating a child of the household must be of age. */
export const ADULT_AGE = 18;
