/**
 * Community bookshelves: a shelf sits in a commune or a village (and names the school or centre
 * that keeps it, if one does). `library.manage` — officers, centre managers, school administrators,
 * within their grant's scope — opens shelves, names keepers, adds titles and copies, lends and
 * takes back on any shelf in scope. A keeper (an account named on a shelf, often a volunteer with
 * no other role) lends and takes back on that shelf alone. Anyone else: the shelf reads as not found.
 * The catalog, shelves' public pages and where copies are is public.
 */
import type { Target } from '../../platform/access';

export const shelfTarget = (s: { unit_id: string; org_id: string | null }): Target => ({ unitId: s.unit_id, orgId: s.org_id });

/** How many days before the due date a reader is reminded. */
export const REMIND_DAYS_BEFORE = 2;
/** How long a reader's /account tells them a hold of theirs expired. */
export const EXPIRED_SHOWN_DAYS = 30;
/** Loans, holds handled per pass of the reminders job (it runs again within the hour). */
export const NOTICES_PER_RUN = 500;
/**
 * An overdue letter goes for loans that fell due within this many days: a book out for months is
 * a matter for the keeper, not a letter out of the blue (nor a flood of them when this landed).
 */
export const OVERDUE_NOTICE_WITHIN_DAYS = 30;
