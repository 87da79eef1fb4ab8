/**
 * Books given to a shelf (issue 15, part 4): who gave (or anonymous), how many, and the titles
 * they became (copies added on the desk naming the donation). With a value and a fund, the gift
 * is also written as an in-kind donation in that study-promotion fund's book through the funds
 * service (its access rules, its receipt). Donors are thanked on the shelf's public page only if
 * they agreed to be named.
 *
 * The fund's entry is written first, in the funds service's own transaction, then the donation
 * row naming it: the book is append-only, so a failure between the two leaves an entry to reverse
 * in the fund, never a donation pointing at nothing.
 */
import { type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { donationInput } from './library.schemas';
import type { LibraryContext } from './library.service';

/** What the library needs of the funds module: an in-kind donation written in a fund's book. */
export interface FundsForLibrary {
	donate(auth: AuthContext, fundId: string, input: unknown): Promise<{ id: string }>;
}

export function donationsApi(ctx: LibraryContext, funds: FundsForLibrary) {
	const { db, clock, shelfFor } = ctx;
	const k = db.kysely;
	return {
		/** Records books given to the shelf; with a value and a fund, an in-kind entry in the fund's book too. */
		async donateBooks(auth: AuthContext, shelfId: string, input: unknown) {
			requireActor(auth);
			const s = await shelfFor(auth, shelfId, 'circulate');
			const v = parseInput(donationInput, input);
			if (v.fundId && !v.value) throw invalidField('value', 'errors.library.donation_value');
			let entryId: string | null = null;
			if (v.fundId && v.value) {
				try {
					entryId = (
						await funds.donate(auth, v.fundId, {
							amount: v.value,
							method: 'in_kind',
							item: `${v.bookCount} cuốn sách tặng ${s.name}`,
							donorKind: v.donorName ? 'person' : 'anonymous',
							donorName: v.donorName ?? '',
							donorPublic: v.donorPublic,
							receivedOn: v.receivedOn,
							note: v.note ?? ''
						})
					).id;
				} catch (e) {
					// a fund the actor may not write in reads as a wrong choice, not as a missing page
					if (e instanceof AppError && e.code === 'not_found') throw invalidField('fundId', 'errors.library.fund');
					throw e;
				}
			}
			const id = newId();
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await trx
					.insertInto('library_donations')
					.values({ id, shelf_id: s.id, donor_name: v.donorName ?? null, donor_public: v.donorName && v.donorPublic ? 1 : 0, book_count: v.bookCount, value: v.value ?? null, fund_entry_id: entryId, received_on: v.receivedOn, note: v.note ?? null, created_by_account_id: auth.actor!.accountId, created_at: at })
					.execute();
				await recordAudit(trx, clock, auth, { action: 'library.donation', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, after: { donation: id, books: v.bookCount, fundEntry: entryId } });
			});
			return { id, donorName: v.donorName ?? null, donorPublic: !!(v.donorName && v.donorPublic), bookCount: v.bookCount, value: v.value ?? null, fundEntryId: entryId, receivedOn: v.receivedOn };
		},

		/** The shelf's donations, newest first, with the titles they became (for the keeper). */
		async shelfDonations(auth: AuthContext, shelfId: string) {
			const s = await shelfFor(auth, shelfId, 'circulate');
			const rows = await k.selectFrom('library_donations').selectAll().where('shelf_id', '=', s.id).orderBy('received_on', 'desc').orderBy('id', 'desc').limit(50).execute();
			const titles = rows.length
				? await k
						.selectFrom('library_copies as c')
						.innerJoin('library_titles as t', 't.id', 'c.title_id')
						.select(['c.donation_id', 't.title'])
						.where('c.donation_id', 'in', rows.map((r) => r.id))
						.execute()
				: [];
			return { items: rows.map((r) => ({ id: r.id, donorName: r.donor_name, donorPublic: Number(r.donor_public) === 1, bookCount: Number(r.book_count), value: r.value === null ? null : Number(r.value), fundEntryId: r.fund_entry_id, receivedOn: r.received_on, titles: [...new Set(titles.filter((t) => t.donation_id === r.id).map((t) => t.title))] })) };
		},

		/** Public: those who gave books to the shelf and agreed to be named, with how many. */
		async shelfThanks(shelfId: string) {
			if (!UUID_RE.test(shelfId)) return [];
			const rows = await k.selectFrom('library_donations').select(['donor_name', 'book_count', 'received_on']).where('shelf_id', '=', shelfId).where('donor_public', '=', 1).orderBy('received_on', 'desc').limit(100).execute();
			return rows.map((r) => ({ name: r.donor_name!, books: Number(r.book_count), receivedOn: r.received_on }));
		}
	};
}
