/**
 * A fund's donors and pledges. A donor's details can be corrected and their choice to be named in
 * public changed at any time (the public pages follow at once); on request their personal data is
 * erased — the name replaced, the phone and address dropped — while the book stays whole, since
 * entries hash the donor's id, not the name (Nghị định 13/2023). A pledge (cam kết) is fulfilled by
 * the donations that name it and closes itself when they reach its amount.
 */
import type { AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { FundsContext } from './funds.service';
import * as repo from './funds.repository';
import { donorUpdate, pledgeInput, type DonorOut, type PledgeOut } from './funds.schemas';

/** What an erased donor is called from then on. */
export const ERASED_NAME = 'Người ủng hộ (đã xóa thông tin theo yêu cầu)';

const donorOut = (d: repo.DonorRow & { given?: number; donations?: number; pledged?: number }): DonorOut => ({
	id: d.id,
	kind: d.kind as DonorOut['kind'],
	name: d.name,
	phone: d.phone,
	address: d.address,
	public: Number(d.public) === 1,
	erased: d.erased_at !== null,
	given: Number(d.given ?? 0),
	donations: Number(d.donations ?? 0),
	pledged: Number(d.pledged ?? 0)
});

const pledgeOut = (p: repo.PledgeRow & { donor_name: string; fulfilled: number }): PledgeOut => ({
	id: p.id,
	donorId: p.donor_id,
	donorName: p.donor_name,
	amount: Number(p.amount),
	fulfilled: Number(p.fulfilled),
	dueOn: p.due_on,
	note: p.note,
	status: p.status as PledgeOut['status'],
	createdAt: p.created_at
});

export function donorsApi({ db, clock, fundFor }: FundsContext) {
	const k = db.kysely;

	/** The donor and their fund, for someone who may manage it (otherwise not found). */
	async function donorFor(auth: AuthContext, id: string) {
		const d = typeof id === 'string' && UUID_RE.test(id) ? await repo.findDonor(k, id) : undefined;
		if (!d) throw new AppError('not_found');
		const f = await fundFor(auth, d.fund_id, 'funds.manage');
		return { d, f };
	}

	return {
		async donors(auth: AuthContext, fundId: string): Promise<{ items: DonorOut[] }> {
			const f = await fundFor(auth, fundId, 'funds.view');
			return { items: (await repo.donorsOf(k, f.id)).map(donorOut) };
		},

		/** A donor's details corrected, or their consent to be named in public given or withdrawn. */
		async updateDonor(auth: AuthContext, id: string, input: unknown): Promise<DonorOut> {
			const { d, f } = await donorFor(auth, id);
			const v = parseInput(donorUpdate, input);
			if (d.erased_at) throw new AppError('conflict', 'errors.funds.donor_erased');
			const set = { ...(v.name !== undefined && { name: v.name }), ...(v.phone !== undefined && { phone: v.phone }), ...(v.address !== undefined && { address: v.address }), ...(v.public !== undefined && { public: v.public ? 1 : 0 }), updated_at: clock.now().toISOString() };
			await transaction(db, async (trx) => {
				await repo.updateDonor(trx, d.id, set);
				await recordAudit(trx, clock, auth, { action: 'fund.donor_update', entityType: 'fund_donor', entityId: d.id, scopeUnitId: f.unit_id, before: { name: d.name, public: Number(d.public) === 1 }, after: { name: set.name ?? d.name, public: set.public === undefined ? Number(d.public) === 1 : set.public === 1 } });
			});
			return donorOut((await repo.findDonor(k, d.id))!);
		},

		/** The donor's personal data erased on their request; what they gave stays in the book, unnamed. */
		async eraseDonor(auth: AuthContext, id: string): Promise<DonorOut> {
			const { d, f } = await donorFor(auth, id);
			if (d.erased_at) return donorOut(d);
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.updateDonor(trx, d.id, { name: ERASED_NAME, phone: null, address: null, public: 0, erased_at: at, updated_at: at });
				// the audit keeps that it happened, not the erased data
				await recordAudit(trx, clock, auth, { action: 'fund.donor_erase', entityType: 'fund_donor', entityId: d.id, scopeUnitId: f.unit_id });
			});
			return donorOut((await repo.findDonor(k, d.id))!);
		},

		async pledges(auth: AuthContext, fundId: string): Promise<{ items: PledgeOut[] }> {
			const f = await fundFor(auth, fundId, 'funds.view');
			return { items: (await repo.pledgesOf(k, f.id)).map(pledgeOut) };
		},

		/** A promise to give, from a donor the fund knows or a new one. */
		async pledge(auth: AuthContext, fundId: string, input: unknown): Promise<PledgeOut> {
			const f = await fundFor(auth, fundId, 'funds.manage');
			const v = parseInput(pledgeInput, input);
			const at = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				let donorId = v.donorId;
				if (donorId) {
					const d = await repo.findDonor(trx, donorId);
					if (!d || d.fund_id !== f.id || d.erased_at) throw invalidField('donorId', 'errors.funds.donor');
				} else {
					donorId = newId();
					await repo.insertDonor(trx, { id: donorId, fund_id: f.id, kind: v.donorKind!, name: v.donorName!, phone: v.donorPhone ?? null, address: null, public: v.donorPublic ? 1 : 0, erased_at: null, created_at: at, updated_at: at });
				}
				await repo.insertPledge(trx, { id, fund_id: f.id, donor_id: donorId, amount: v.amount, due_on: v.dueOn ?? null, note: v.note ?? null, status: 'open', created_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'fund.pledge', entityType: 'fund_pledge', entityId: id, scopeUnitId: f.unit_id, after: { amount: v.amount, dueOn: v.dueOn ?? null } });
			});
			return (await this.pledges(auth, f.id)).items.find((p) => p.id === id)!;
		},

		/** A pledge the donor will not keep: closed, what it brought stays. */
		async cancelPledge(auth: AuthContext, id: string): Promise<PledgeOut> {
			const p = typeof id === 'string' && UUID_RE.test(id) ? await repo.findPledge(k, id) : undefined;
			if (!p) throw new AppError('not_found');
			const f = await fundFor(auth, p.fund_id, 'funds.manage');
			if (p.status !== 'open') throw new AppError('conflict', 'errors.funds.pledge_closed');
			await transaction(db, async (trx) => {
				await repo.setPledgeStatus(trx, p.id, 'cancelled', clock.now().toISOString());
				await recordAudit(trx, clock, auth, { action: 'fund.pledge_cancel', entityType: 'fund_pledge', entityId: p.id, scopeUnitId: f.unit_id });
			});
			return (await this.pledges(auth, f.id)).items.find((x) => x.id === p.id)!;
		}
	};
}
