/**
 * What the `library.reminders` job does each time it runs (never inside a request):
 *
 * - a reminder to each reader whose loan falls due within two days (once per loan and due date);
 * - one polite letter to a reader whose loan is past its due date (by at most a month) and not
 *   back — once per loan:
 *   the loan's `overdue_notice_on` is claimed with a conditional UPDATE before the letter is
 *   queued, so a second run, or a second process running at once, never sends it again;
 * - a ready hold past its last day (`ready_until`, the shelf's hold days from when the copy was set
 *   aside) is closed as `expired`, and its copy goes to the next reader waiting, who is emailed as
 *   on a return, or back to available. The copy's row is locked before the hold's, as lending does,
 *   so the two at the same moment queue up: whichever comes first wins, the other changes nothing.
 *
 * A letter is claimed before it is queued: a process dying between the two loses that letter
 * rather than sending it twice.
 */
import { addDays } from '../../platform/clock';
import { transaction } from '../../platform/db';
import { recordAudit } from '../../platform/audit';
import { holdQueue } from './library.circulation';
import { LIBRARY_MAIL } from './library.messages';
import { NOTICES_PER_RUN, OVERDUE_NOTICE_WITHIN_DAYS, REMIND_DAYS_BEFORE } from './library.policy';
import * as repo from './library.repository';
import type { LibraryContext } from './library.service';
import type { AuthContext } from '../../platform/access';

/** Who the audit log names for what the job does. */
const JOB: AuthContext = { actor: null, ip: null, userAgent: 'library.reminders', locale: 'vi' };

export function noticesApi(ctx: LibraryContext) {
	const { db, clock, outbox, today } = ctx;
	const k = db.kysely;
	const { tellHoldReady, freeCopy } = holdQueue(ctx);

	/** A letter to the loan's reader, if they have an address and an active account. */
	async function letterTo(readerId: string, make: (name: string) => { subject: string; text: string }, about: string): Promise<boolean> {
		const a = await repo.accountContact(k, readerId);
		if (!a?.email || a.status !== 'active') return false;
		return outbox.post({ to: a.email, ...make(a.display_name) }, about);
	}

	const api = {
		/** Reminders two days before the due date: the letters queued. */
		async sendDueSoon(): Promise<number> {
			const t = today();
			let sent = 0;
			for (const l of await repo.loansToRemind(k, t, addDays(t, REMIND_DAYS_BEFORE), NOTICES_PER_RUN)) {
				if (!(await repo.claimReminder(k, l.id, t))) continue;
				if (await letterTo(l.reader_account_id, (name) => LIBRARY_MAIL.dueSoon(name, l.title, l.shelf_name, l.due_on), `Nhắc hạn trả sách: ${l.title}`)) sent++;
			}
			return sent;
		},

		/** The one overdue letter of each loan past its due date: the letters queued. */
		async sendOverdueNotices(): Promise<number> {
			const t = today();
			let sent = 0;
			for (const l of await repo.loansOverdueUnnoticed(k, addDays(t, -OVERDUE_NOTICE_WITHIN_DAYS), t, NOTICES_PER_RUN)) {
				if (!(await repo.claimOverdueNotice(k, l.id, t))) continue;
				const shelf = await repo.findShelf(k, l.shelf_id, t, false);
				if (await letterTo(l.reader_account_id, (name) => LIBRARY_MAIL.overdue(name, l.title, l.shelf_name, l.due_on, shelf?.hours ?? ''), `Sách quá hạn: ${l.title}`)) sent++;
			}
			return sent;
		},

		/** Closes ready holds past their last day; each copy goes on to the next reader (emailed). */
		async expireReadyHolds(): Promise<{ expired: number; passedOn: number }> {
			let expired = 0;
			let passedOn = 0;
			for (const h of await repo.readyHoldsPast(k, today(), NOTICES_PER_RUN)) {
				const at = clock.now().toISOString();
				const shelf = await repo.findShelf(k, h.shelf_id, today(), false);
				const next = await transaction(db, async (trx) => {
					// the copy first (lending locks it first too); still set aside for this hold?
					if (!h.copy_id || !(await repo.lockCopyHeldFor(trx, h.copy_id, h.id))) return undefined;
					if (!(await repo.moveHold(trx, h.id, 'ready', { status: 'expired', live: null, closed_at: at }))) return undefined;
					const copy = (await repo.findCopy(trx, h.copy_id))!;
					const n = await freeCopy(trx, copy, 'held', at);
					await recordAudit(trx, clock, JOB, { action: 'library.hold.expire', entityType: 'library_hold', entityId: h.id, scopeUnitId: shelf?.unit_id ?? null, after: { copy: copy.code, heldFor: n?.id ?? null } });
					return n;
				});
				if (next === undefined) continue;
				expired++;
				if (next) {
					passedOn++;
					await tellHoldReady(next.id);
				}
			}
			return { expired, passedOn };
		},

		/** The `library.reminders` job: all of the above; answers the letters queued. */
		async sendReminders(): Promise<number> {
			const { passedOn } = await api.expireReadyHolds();
			return passedOn + (await api.sendOverdueNotices()) + (await api.sendDueSoon());
		}
	};
	return api;
}
