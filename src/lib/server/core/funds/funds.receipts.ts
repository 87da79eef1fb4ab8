/**
 * Receipts of donations. Every donation has one, numbered in its fund's year when it is written.
 * Anyone holding the paper can check it from its QR code (public: the fund, the number, the
 * amount and the day, the donor by name only if they agreed — their initials otherwise — and
 * whether a correction voided it). The PDF itself is for those who may read the fund's book.
 */
import { AppError } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import type { AuthContext } from '../../platform/access';
import type { FundsContext } from './funds.service';
import { initials, receiptNumber } from './funds.rules';
import * as repo from './funds.repository';
import type { ReceiptVerification } from './funds.schemas';
import { renderReceiptPdf } from './receipt.pdf';

/** A receipt code as typed or scanned: base64url, a dozen characters. */
const CODE_RE = /^[A-Za-z0-9_-]{6,40}$/;

/** The donor as a receipt's public check shows them: named if they agreed, initials otherwise. */
const publicDonor = (r: repo.ReceiptView) => {
	const name = r.donor_name ?? r.party_name;
	if (!name || r.party_kind === 'anonymous') return null;
	if (r.donor_erased_at) return null;
	return Number(r.donor_public ?? r.party_public) === 1 ? name : initials(name);
};

export function receiptsApi({ db, links, fundFor, lookupMiss }: FundsContext) {
	const k = db.kysely;
	return {
		/** Public: whether a receipt is genuine and stands, and what it says. */
		async verifyReceipt(code: string, from?: { ip: string | null }): Promise<ReceiptVerification> {
			const typed = (code ?? '').trim();
			const r = CODE_RE.test(typed) ? await repo.findReceiptByCode(k, typed) : undefined;
			if (!r) {
				if (from) await lookupMiss(from.ip);
				throw new AppError('not_found', 'errors.funds.receipt_unknown');
			}
			return {
				valid: r.voided_on === null,
				number: receiptNumber(Number(r.number), Number(r.year)),
				code: r.code,
				fundId: r.fund_id,
				fundName: r.fund_name,
				unitName: r.unit_name,
				amount: Number(r.delta),
				method: r.method as ReceiptVerification['method'],
				item: r.item,
				receivedOn: r.occurred_on,
				donor: publicDonor(r),
				seq: Number(r.seq),
				hash: r.hash,
				voidedOn: r.voided_on ?? null
			};
		},

		/** A donation's receipt as an A4 PDF, for whoever may read the fund's book. */
		async receiptPdf(auth: AuthContext, entryId: string) {
			const r = typeof entryId === 'string' && UUID_RE.test(entryId) ? await repo.findReceiptByEntry(k, entryId) : undefined;
			if (!r) throw new AppError('not_found');
			await fundFor(auth, r.fund_id, 'funds.view');
			const number = receiptNumber(Number(r.number), Number(r.year));
			const bytes = await renderReceiptPdf({
				number,
				fundName: r.fund_name,
				unitName: r.unit_name,
				donorName: r.party_kind === 'anonymous' ? null : (r.donor_name ?? r.party_name),
				donorAddress: r.donor_address,
				amount: Number(r.delta),
				method: r.method as 'cash' | 'bank_transfer' | 'in_kind',
				item: r.item,
				note: r.note,
				receivedOn: r.occurred_on,
				seq: Number(r.seq),
				hash: r.hash,
				verifyUrl: links.verifyReceipt(r.code),
				code: r.code,
				voidedOn: r.voided_on
			});
			return { bytes, fileName: `bien-nhan-${number.replace('/', '-')}.pdf` };
		}
	};
}
