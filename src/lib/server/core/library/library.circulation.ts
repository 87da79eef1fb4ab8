/**
 * Circulation: a keeper lends a copy by its code to a reader (their login) and takes it back;
 * renewals; holds waiting in a queue per title and shelf; lost, damaged and withdrawn copies.
 *
 * One copy is never lent twice: lending moves the copy from the state it was read in to on_loan
 * with a conditional UPDATE (the second of two keepers scanning at once finds it moved and is told
 * so), and the open-loan unique index refuses a second open loan whatever code runs. A returned
 * copy goes to the first reader waiting for its title at that shelf (held for them, and they are
 * emailed through the outbox after the transaction); else it is available again.
 */
import type { Kysely } from 'kysely';
import { type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { addDays } from '../../platform/clock';
import { transaction, type Database } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { EXPIRED_SHOWN_DAYS, shelfTarget } from './library.policy';
import * as repo from './library.repository';
import { dueDate } from './library.rules';
import { LIBRARY_MAIL } from './library.messages';
import { copyStateInput, hideInput, holdInput, lendInput, returnInput, type HoldOut, type LoanOut } from './library.schemas';
import type { LibraryContext } from './library.service';

const isUniqueViolation = (e: unknown) => {
	const code = (e as { code?: unknown } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** Whole days from one calendar date to a later one (0 when not later). */
export const daysAfter = (from: string, to: string) => Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

/** A loan as answered; `today` tells how many days it is overdue. */
export const loanOut = (l: repo.LoanView, today: string): LoanOut => ({
	id: l.id,
	copyCode: l.copy_code,
	titleId: l.title_id,
	title: l.title,
	shelfId: l.shelf_id,
	shelfName: l.shelf_name,
	readerName: l.reader_name,
	lentOn: l.lent_on,
	dueOn: l.due_on,
	renewals: Number(l.renewals),
	returnedAt: l.returned_at,
	overdueDays: l.returned_at ? 0 : daysAfter(l.due_on, today)
});

export const holdOut = (h: repo.HoldView): HoldOut => ({
	id: h.id,
	titleId: h.title_id,
	title: h.title,
	shelfId: h.shelf_id,
	shelfName: h.shelf_name,
	readerName: h.reader_name,
	status: h.status as HoldOut['status'],
	copyCode: h.copy_code,
	position: h.position === null ? null : Number(h.position),
	readyUntil: h.status === 'ready' ? h.ready_until : null,
	closedAt: h.closed_at,
	createdAt: h.created_at
});

/**
 * What lending, returning and the reminders job share of the hold queue: setting a freed copy
 * aside for the next reader waiting (or back to available), and telling that reader by letter.
 */
export function holdQueue(ctx: LibraryContext) {
	const { db, outbox, today } = ctx;
	const k = db.kysely;

	/** Tells the reader their held copy is waiting (a letter queued; nothing if they have no address). */
	async function tellHoldReady(holdId: string): Promise<boolean> {
		const h = await repo.findHold(k, holdId);
		if (!h) return false;
		const [a, s, t] = await Promise.all([repo.accountContact(k, h.reader_account_id), repo.findShelf(k, h.shelf_id, today(), false), repo.findTitle(k, h.title_id)]);
		if (!a?.email || a.status !== 'active' || !s || !t) return false;
		return outbox.post({ to: a.email, ...LIBRARY_MAIL.holdReady(a.display_name, t.title, s.name, s.hours, h.ready_until) }, `Sách đặt mượn đã về: ${t.title}`);
	}

	/** The patch that sets a hold ready with a copy: it waits until the shelf's hold days have passed. */
	async function readyPatch(trx: Kysely<Database>, shelfId: string, copyId: string, at: string) {
		const days = await repo.holdDaysOf(trx, shelfId);
		return { status: 'ready', copy_id: copyId, ready_at: at, ready_until: addDays(today(), days) };
	}

	/**
	 * A copy that came free (returned, a ready hold cancelled or expired, found again) goes to the
	 * first reader waiting for its title at its shelf, or back to available. Inside the caller's
	 * transaction; answers the hold it was set aside for.
	 */
	async function freeCopy(trx: Kysely<Database>, copy: repo.CopyRow, from: string, at: string): Promise<repo.Row<'library_holds'> | null> {
		for (;;) {
			const next = await repo.firstWaiting(trx, copy.title_id, copy.shelf_id);
			if (!next) {
				if (!(await repo.moveCopy(trx, copy.id, from, 'available', at))) throw new AppError('conflict', 'errors.library.changed');
				return null;
			}
			if (await repo.moveHold(trx, next.id, 'waiting', await readyPatch(trx, copy.shelf_id, copy.id, at))) {
				if (!(await repo.moveCopy(trx, copy.id, from, 'held', at, next.id))) throw new AppError('conflict', 'errors.library.changed');
				return next;
			}
		}
	}

	return { tellHoldReady, freeCopy, readyPatch };
}

export function circulationApi(ctx: LibraryContext) {
	const { db, clock, access, today } = ctx;
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();
	const { tellHoldReady, freeCopy, readyPatch } = holdQueue(ctx);
	const out = (l: repo.LoanView) => loanOut(l, today());

	async function readerByLogin(login: string, field = 'reader') {
		const a = await repo.accountByLogin(k, login.trim());
		if (!a) throw invalidField(field, 'errors.library.unknown_reader');
		return a;
	}

	return {
		/** Lends the copy a code names to a reader (their login), due after the shelf's loan period. */
		async lend(auth: AuthContext, input: unknown): Promise<LoanOut> {
			requireActor(auth);
			const v = parseInput(lendInput, input);
			const { copy, shelf } = await ctx.copyFor(auth, v.code, 'circulate');
			const reader = await readerByLogin(v.reader);
			if (copy.status === 'on_loan') throw new AppError('conflict', 'errors.library.already_on_loan', { params: { code: copy.code } });
			if (copy.status !== 'available' && copy.status !== 'held') throw new AppError('conflict', 'errors.library.not_lendable', { params: { code: copy.code } });
			const hold = copy.status === 'held' && copy.held_for_hold_id ? await repo.findHold(k, copy.held_for_hold_id) : undefined;
			if (hold && hold.reader_account_id !== reader.id) throw new AppError('conflict', 'errors.library.held_for_other', { params: { code: copy.code } });
			const at = nowIso();
			const lentOn = today();
			const id = newId();
			try {
				await transaction(db, async (trx) => {
					// the copy moves only from the state it was read in: a second keeper at once finds it moved
					if (!(await repo.moveCopy(trx, copy.id, copy.status, 'on_loan', at))) throw new AppError('conflict', 'errors.library.already_on_loan', { params: { code: copy.code } });
					await repo.insertLoan(trx, { id, copy_id: copy.id, shelf_id: shelf.id, title_id: copy.title_id, reader_account_id: reader.id, lent_at: at, lent_on: lentOn, due_on: dueDate(lentOn, Number(shelf.loan_days)), renewals: 0, returned_at: null, lent_by_account_id: auth.actor!.accountId, returned_by_account_id: null, reminded_on: null, hidden: 0 });
					if (hold) await repo.moveHold(trx, hold.id, 'ready', { status: 'fulfilled', live: null, closed_at: at });
					// a reader who had the title on hold here and borrows another copy: the hold is done
					await recordAudit(trx, clock, auth, { action: 'library.loan.create', entityType: 'library_loan', entityId: id, scopeUnitId: shelf.unit_id, after: { copy: copy.code, readerId: reader.id } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.library.already_on_loan', { params: { code: copy.code } });
				throw e;
			}
			return out((await repo.loanViewById(k, id))!);
		},

		/** Takes a copy back by its code; a copy not on loan is told so and nothing changes. */
		async giveBack(auth: AuthContext, input: unknown) {
			requireActor(auth);
			const v = parseInput(returnInput, input);
			const { copy, shelf } = await ctx.copyFor(auth, v.code, 'circulate');
			const loan = await repo.openLoanOf(k, copy.id);
			if (!loan || copy.status !== 'on_loan') throw new AppError('conflict', 'errors.library.not_on_loan', { params: { code: copy.code } });
			const at = nowIso();
			const held = await transaction(db, async (trx) => {
				if (!(await repo.closeLoan(trx, loan.id, at, auth.actor!.accountId))) throw new AppError('conflict', 'errors.library.not_on_loan', { params: { code: copy.code } });
				const h = await freeCopy(trx, copy, 'on_loan', at);
				await recordAudit(trx, clock, auth, { action: 'library.loan.return', entityType: 'library_loan', entityId: loan.id, scopeUnitId: shelf.unit_id, after: { copy: copy.code, heldFor: h?.id ?? null } });
				return h;
			});
			if (held) await tellHoldReady(held.id);
			await ctx.readingChanged(loan.reader_account_id);
			const heldView = held ? await repo.holdViewById(k, held.id) : undefined;
			return { loan: out((await repo.loanViewById(k, loan.id))!), heldFor: heldView ? { holdId: heldView.id, readerName: heldView.reader_name } : null };
		},

		/** Takes back the copy of a loan named by its id (the API's /loans/{id}/return). */
		async returnLoan(auth: AuthContext, loanId: string) {
			requireActor(auth);
			const loan = typeof loanId === 'string' && UUID_RE.test(loanId) ? await repo.findLoan(k, loanId) : undefined;
			if (!loan) throw new AppError('not_found');
			await ctx.shelfFor(auth, loan.shelf_id, 'circulate');
			const copy = await repo.findCopy(k, loan.copy_id);
			if (loan.returned_at || !copy) throw new AppError('conflict', 'errors.library.not_on_loan', { params: { code: copy?.code ?? '' } });
			return this.giveBack(auth, { code: copy.code });
		},

		/** A renewal by the shelf's keeper or the reader: refused past the shelf's limit or when someone waits. */
		async renew(auth: AuthContext, loanId: string): Promise<LoanOut> {
			requireActor(auth);
			const loan = typeof loanId === 'string' && UUID_RE.test(loanId) ? await repo.findLoan(k, loanId) : undefined;
			if (!loan) throw new AppError('not_found');
			const own = loan.reader_account_id === auth.actor.accountId;
			const shelf = own ? await repo.findShelf(k, loan.shelf_id, today(), false) : await ctx.shelfFor(auth, loan.shelf_id, 'circulate');
			if (!shelf) throw new AppError('not_found');
			if (loan.returned_at) throw new AppError('conflict', 'errors.library.loan_closed');
			if (Number(loan.renewals) >= Number(shelf.max_renewals)) throw new AppError('conflict', 'errors.library.renew_limit', { params: { max: Number(shelf.max_renewals) } });
			if ((await repo.waitingCount(k, loan.title_id, loan.shelf_id)) > 0) throw new AppError('conflict', 'errors.library.renew_held');
			const from = today() > loan.due_on ? today() : loan.due_on;
			const due = dueDate(from, Number(shelf.loan_days));
			await transaction(db, async (trx) => {
				if (!(await repo.renewLoan(trx, loan.id, Number(loan.renewals), due))) throw new AppError('conflict', 'errors.library.changed');
				await recordAudit(trx, clock, auth, { action: 'library.loan.renew', entityType: 'library_loan', entityId: loan.id, scopeUnitId: shelf.unit_id, after: { dueOn: due } });
			});
			return out((await repo.loanViewById(k, loan.id))!);
		},

		/** Marks a copy lost, damaged or withdrawn, or available again (found, mended). */
		async setCopyState(auth: AuthContext, input: unknown) {
			requireActor(auth);
			const v = parseInput(copyStateInput, input);
			const { copy, shelf } = await ctx.copyFor(auth, v.code, 'circulate');
			if (copy.status === v.status) return { code: copy.code, status: copy.status };
			const at = nowIso();
			const held = await transaction(db, async (trx) => {
				let h: repo.Row<'library_holds'> | null = null;
				// a copy on loan that is lost: the loan ends with it
				if (copy.status === 'on_loan') {
					const loan = await repo.openLoanOf(trx, copy.id);
					if (loan) await repo.closeLoan(trx, loan.id, at, auth.actor!.accountId);
				}
				// a copy held for a reader goes back to the queue's reader's wait; the copy's row is locked
				// before the hold's, as lending and expiry lock them, so that they queue rather than deadlock
				if (copy.status === 'held' && copy.held_for_hold_id) {
					if (!(await repo.lockCopyHeldFor(trx, copy.id, copy.held_for_hold_id))) throw new AppError('conflict', 'errors.library.changed');
				}
				if (copy.status === 'held' && copy.held_for_hold_id) await repo.moveHold(trx, copy.held_for_hold_id, 'ready', { status: 'waiting', copy_id: null, ready_at: null, ready_until: null });
				if (v.status === 'available') h = await freeCopy(trx, copy, copy.status, at);
				else if (!(await repo.moveCopy(trx, copy.id, copy.status, v.status, at))) throw new AppError('conflict', 'errors.library.changed');
				await repo.updateCopyNote(trx, copy.id, v.note ?? null);
				await recordAudit(trx, clock, auth, { action: 'library.copy.state', entityType: 'library_copy', entityId: copy.id, scopeUnitId: shelf.unit_id, after: { code: copy.code, from: copy.status, to: v.status }, note: v.note ?? undefined });
				return h;
			});
			if (held) await tellHoldReady(held.id);
			return { code: copy.code, status: held ? 'held' : v.status };
		},

		/**
		 * A hold on a title at a shelf: the signed-in reader's own, or a keeper's for a reader (login).
		 * A copy on the shelf now is set aside at once; else the reader waits in the queue.
		 */
		async placeHold(auth: AuthContext, input: unknown): Promise<HoldOut> {
			requireActor(auth);
			const v = parseInput(holdInput, input);
			let readerId = auth.actor.accountId;
			let shelf: repo.ShelfRow | undefined;
			if (v.reader) {
				shelf = await ctx.shelfFor(auth, v.shelfId, 'circulate');
				readerId = (await readerByLogin(v.reader)).id;
			} else shelf = await repo.findShelf(k, v.shelfId, today(), false);
			if (!shelf || shelf.status !== 'open') throw invalidField('shelfId', 'errors.library.unknown_shelf');
			const title = await repo.findTitle(k, v.titleId);
			if (!title || title.status !== 'active' || (await repo.copiesOfTitleOn(k, title.id, shelf.id)) === 0) throw invalidField('titleId', 'errors.library.not_on_shelf');
			const at = nowIso();
			const id = newId();
			let ready = false;
			try {
				await transaction(db, async (trx) => {
					await repo.insertHold(trx, { id, title_id: title.id, shelf_id: shelf.id, reader_account_id: readerId, status: 'waiting', copy_id: null, live: 1, created_at: at, ready_at: null, ready_until: null, closed_at: null });
					const free = await repo.availableCopy(trx, title.id, shelf.id);
					if (free && (await repo.moveCopy(trx, free.id, 'available', 'held', at, id))) {
						await repo.moveHold(trx, id, 'waiting', await readyPatch(trx, shelf.id, free.id, at));
						ready = true;
					}
					await recordAudit(trx, clock, auth, { action: 'library.hold.create', entityType: 'library_hold', entityId: id, scopeUnitId: shelf.unit_id, after: { titleId: title.id, readerId } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.library.already_held');
				throw e;
			}
			if (ready) await tellHoldReady(id);
			return holdOut((await repo.holdViewById(k, id))!);
		},

		/** Cancels a hold (the reader's own, or on a shelf the actor keeps); a copy set aside goes to the next. */
		async cancelHold(auth: AuthContext, holdId: string) {
			requireActor(auth);
			const h = typeof holdId === 'string' && UUID_RE.test(holdId) ? await repo.findHold(k, holdId) : undefined;
			if (!h) throw new AppError('not_found');
			const shelf = h.reader_account_id === auth.actor.accountId ? await repo.findShelf(k, h.shelf_id, today(), false) : await ctx.shelfFor(auth, h.shelf_id, 'circulate');
			if (!shelf) throw new AppError('not_found');
			if (h.status !== 'waiting' && h.status !== 'ready') throw new AppError('conflict', 'errors.library.hold_closed');
			const at = nowIso();
			const next = await transaction(db, async (trx) => {
				// the copy set aside for it first (lending and expiry lock the copy first too): still held for this hold?
				const stillHeld = h.status === 'ready' && h.copy_id ? await repo.lockCopyHeldFor(trx, h.copy_id, h.id) : false;
				if (!(await repo.moveHold(trx, h.id, h.status, { status: 'cancelled', live: null, closed_at: at }))) throw new AppError('conflict', 'errors.library.changed');
				const copy = stillHeld ? await repo.findCopy(trx, h.copy_id!) : undefined;
				const n = copy ? await freeCopy(trx, copy, 'held', at) : null;
				await recordAudit(trx, clock, auth, { action: 'library.hold.cancel', entityType: 'library_hold', entityId: h.id, scopeUnitId: shelf.unit_id });
				return n;
			});
			if (next) await tellHoldReady(next.id);
		},

		/** What a keeper sees at the shelf: loans out — the overdue ones first, with how many days over — and holds. */
		async desk(auth: AuthContext, shelfId: string) {
			const s = await ctx.shelfFor(auth, shelfId, 'circulate');
			const [loans, holds, overdue] = await Promise.all([repo.openLoansOn(k, s.id, 200), repo.liveHoldsOn(k, s.id, 200), repo.overdueCountOn(k, s.id, today())]);
			// by due date, so the longest overdue come first
			return { loans: loans.map(out), overdue, holds: holds.map(holdOut), can: { manage: await access.allows(auth, 'library.manage', shelfTarget(s)) } };
		},

		/**
		 * The reader's own loans and holds (the learning record's reading part). Each loan says where
		 * it belongs: `out` while the book is with them — hidden or not, it is theirs to bring back —
		 * `read` once returned, `hidden` once returned and hidden (listed only when asked). Holds that
		 * expired in the last month are told, so the reader knows why the book went to someone else.
		 */
		async myReading(auth: AuthContext, opts: { withHidden?: boolean } = {}) {
			requireActor(auth);
			const me = auth.actor.accountId;
			const since = new Date(clock.now().getTime() - EXPIRED_SHOWN_DAYS * 86_400_000).toISOString();
			const [loans, holds, expired] = await Promise.all([repo.loansOfReader(k, me, opts.withHidden === true), repo.liveHoldsOfReader(k, me), repo.expiredHoldsOfReader(k, me, since)]);
			return {
				loans: loans.map((l) => {
					const hidden = Number(l.hidden) === 1;
					return { ...out(l), hidden, list: (l.returned_at === null ? 'out' : hidden ? 'hidden' : 'read') as 'out' | 'read' | 'hidden' };
				}),
				holds: holds.map(holdOut),
				expiredHolds: expired.map(holdOut)
			};
		},

		/** The reader hides a title from their record, or shows it again. */
		async hideLoan(auth: AuthContext, loanId: string, input: unknown) {
			requireActor(auth);
			const v = parseInput(hideInput, input);
			const r = typeof loanId === 'string' && UUID_RE.test(loanId) ? await repo.setLoanHidden(k, loanId, auth.actor.accountId, v.hidden) : undefined;
			if (!r || Number(r.numUpdatedRows) !== 1) throw new AppError('not_found');
			return { hidden: v.hidden };
		}
	};
}
