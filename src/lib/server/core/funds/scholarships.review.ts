/**
 * A round from review to payout: the round as each actor may see it, independent reviews with
 * conflicts of interest, the ranking, approvals held to the budget and the places however many
 * arrive at once, the payout as the fund's entries (all or none) and the signed-receipt list.
 */
import { type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { AppError, isAppError } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import * as repo from './scholarships.repository';
import { checkScores, fitInOrder, nominationScore, rank, refusal } from './scholarships.rules';
import { approvalInput, payoutInput, receiptListQuery, reviewInput, type NominationOut } from './scholarships.schemas';
import { criteriaSetOut, roundOut, type RoundRoles, type ScholarshipsDeps } from './scholarships.service';
import { signedReceiptListPdf } from './signed-receipt-list.pdf';
import { signedReceiptListXlsx, type ReceiptList } from './signed-receipt-list.xlsx';
import { isUniqueViolation } from '../../platform/db/dialect';

interface ReviewContext extends ScholarshipsDeps {
	roundFor(auth: AuthContext, id: string): Promise<{ r: repo.RoundRow; roles: RoundRoles; nominate: boolean }>;
	requireManage(auth: AuthContext, id: string): Promise<{ r: repo.RoundRow; roles: RoundRoles }>;
	today(): string;
}

const vnd = (n: number) => n.toLocaleString('vi-VN');
const CLOSED = ['decided', 'paid'];

export function reviewUseCases({ db, clock, funds, roundFor, requireManage }: ReviewContext) {
	const k = db.kysely;

	/** Every nomination of a round with its score and rank, and the reviews. */
	async function ranked(roundId: string, nominations?: repo.NominationRow[], on: typeof k = k) {
		const noms = nominations ?? (await repo.nominationsOf(on, roundId));
		const reviews = await repo.reviewsOfRound(on, roundId);
		const scored = noms.map((n) => {
			const mine = reviews.filter((x) => x.nomination_id === n.id).map((x) => ({ conflict: Number(x.conflict) === 1, total: Number(x.total) }));
			return { id: n.id, n, score: nominationScore(mine), reviews: mine.filter((x) => !x.conflict).length, createdAt: n.created_at };
		});
		return { list: rank(scored), reviews };
	}

	async function nominationFor(auth: AuthContext, id: string) {
		requireActor(auth);
		const n = typeof id === 'string' && UUID_RE.test(id) ? await repo.findNomination(k, id) : undefined;
		if (!n) throw new AppError('not_found');
		return n;
	}

	const tooMuch = (r: { budget: number; places: number; committed: number; awarded: number }, amount: number) => {
		const no = refusal({ budget: Number(r.budget), places: Number(r.places), committed: Number(r.committed), awarded: Number(r.awarded) }, amount);
		if (!no) return null;
		return no.reason === 'places' ? new AppError('conflict', 'errors.scholarships.no_places', { params: { places: Number(r.places) } }) : new AppError('conflict', 'errors.scholarships.over_budget', { params: { left: vnd(no.left), amount: vnd(amount) } });
	};

	return {
		/**
		 * The round as the actor may see it: the chair everything; a reviewer every nomination, with
		 * others' scores only for the nominations they have reviewed (all once review has closed); a
		 * nominator their own nominations, without scores; documents to the chair and reviewers only.
		 */
		async round(auth: AuthContext, id: string) {
			const { r, roles, nominate } = await roundFor(auth, id);
			const me = auth.actor!.accountId;
			const set = criteriaSetOut((await repo.findCriteriaSet(k, r.criteria_set_id))!);
			const all = roles.manage || roles.review;
			const closed = CLOSED.includes(r.status);
			const { list, reviews } = await ranked(r.id, await repo.nominationsOf(k, r.id, all ? null : me));
			const docs = all ? await repo.documentsOf(k, list.map((x) => x.id)) : [];
			const nominations = list.map(({ n, score, reviews: counted, rank: place }) => {
				const mine = reviews.find((x) => x.nomination_id === n.id && x.reviewer_account_id === me);
				const seeScores = (roles.manage && !roles.review) || closed || (roles.review && !!mine);
				const out: NominationOut & { reviewed: boolean; reviewList: unknown[] } = {
					id: n.id,
					roundId: n.round_id,
					residentId: n.resident_id,
					pupilName: n.pupil_name,
					birthYear: Number(n.birth_year),
					schoolName: n.school_name,
					className: n.class_name,
					villageName: n.village_name,
					circumstances: n.circumstances,
					claims: JSON.parse(n.claims_json) as Record<string, string>,
					nominatorKind: n.nominator_kind as NominationOut['nominatorKind'],
					status: n.status as NominationOut['status'],
					amount: n.amount === null ? null : Number(n.amount),
					entryId: n.entry_id,
					score: all && seeScores ? score : null,
					reviews: all && seeScores ? counted : 0,
					rank: all && (roles.manage && !roles.review ? true : closed) ? place : null,
					documents: docs.filter((d) => d.nomination_id === n.id).map((d) => ({ id: d.id, fileName: d.file_name, contentType: d.content_type, size: Number(d.size) })),
					createdAt: n.created_at,
					reviewed: !!mine,
					reviewList: reviews
						.filter((x) => x.nomination_id === n.id && (x.reviewer_account_id === me || (all && seeScores)))
						.map((x) => ({ reviewer: x.reviewer_name, conflict: Number(x.conflict) === 1, conflictReason: x.conflict_reason, scores: JSON.parse(x.scores_json) as Record<string, number>, total: Number(x.total), note: x.note, submittedAt: x.submitted_at }))
				};
				return out;
			});
			return {
				round: roundOut(r),
				criteriaSet: set,
				can: { manage: roles.manage, review: roles.review && !closed, nominate: nominate && r.status === 'open' },
				left: Number(r.budget) - Number(r.committed),
				reviewers: roles.manage ? await repo.reviewersOf(k, r.id) : [],
				nominations
			};
		},

		/** A reviewer's score of a nomination (or a declared conflict of interest): once, while the round is under review. */
		async review(auth: AuthContext, nominationId: string, input: unknown) {
			const n = await nominationFor(auth, nominationId);
			const { r, roles } = await roundFor(auth, n.round_id);
			if (!roles.review) throw new AppError(roles.manage ? 'forbidden' : 'not_found', roles.manage ? 'errors.scholarships.not_reviewer' : 'errors.not_found');
			if (CLOSED.includes(r.status)) throw new AppError('conflict', 'errors.scholarships.round_closed');
			const me = auth.actor!.accountId;
			if (await repo.findReview(k, n.id, me)) throw new AppError('conflict', 'errors.scholarships.already_reviewed');
			const v = parseInput(reviewInput, input);
			const set = criteriaSetOut((await repo.findCriteriaSet(k, r.criteria_set_id))!);
			let scores: Record<string, number> = {};
			let total = 0;
			if (!v.conflict) {
				const c = checkScores(set.criteria, v.scores);
				if (!c.ok) throw new AppError('invalid', 'errors.invalid', { fields: c.fields });
				scores = c.scores;
				total = c.total;
			}
			try {
				await transaction(db, async (trx) => {
					await repo.insertReview(trx, { nomination_id: n.id, reviewer_account_id: me, conflict: v.conflict ? 1 : 0, conflict_reason: v.conflict ? (v.conflictReason ?? null) : null, scores_json: JSON.stringify(scores), total, note: v.note ?? null, submitted_at: clock.now().toISOString() });
					await recordAudit(trx, clock, auth, { action: v.conflict ? 'scholarship.conflict' : 'scholarship.review', entityType: 'scholarship_nomination', entityId: n.id, scopeUnitId: n.village_id, after: v.conflict ? { conflict: true } : { total } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.scholarships.already_reviewed');
				throw e;
			}
			return { nominationId: n.id, conflict: v.conflict, total };
		},

		/** Closes nominations; review goes on. */
		async closeNominations(auth: AuthContext, roundId: string) {
			const { r } = await requireManage(auth, roundId);
			return transaction(db, async (trx) => {
				const held = (await repo.holdRound(trx, db.dialect, r.id))!;
				if (held.status !== 'open') throw new AppError('conflict', 'errors.scholarships.not_open');
				await repo.updateRound(trx, r.id, { status: 'reviewing', updated_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'scholarship.round_close', entityType: 'scholarship_round', entityId: r.id, scopeUnitId: r.unit_id });
				return { status: 'reviewing' as const };
			});
		},

		/**
		 * The chair approves one scored nomination at the round's amount (or another): within the
		 * budget and the places, checked on the round's row held for the transaction — refused with
		 * what is left, and nothing changed, when it does not fit.
		 */
		async approve(auth: AuthContext, nominationId: string, input: unknown) {
			const n = await nominationFor(auth, nominationId);
			const { r } = await requireManage(auth, n.round_id);
			const v = parseInput(approvalInput, input);
			const { list } = await ranked(r.id);
			if (list.find((x) => x.id === n.id)?.score == null) throw new AppError('conflict', 'errors.scholarships.not_scored');
			const amount = v.amount ?? Number(r.award_amount);
			return transaction(db, async (trx) => {
				const held = (await repo.holdRound(trx, db.dialect, r.id))!;
				if (held.status !== 'reviewing') throw new AppError('conflict', 'errors.scholarships.not_reviewing');
				if ((await repo.findNomination(trx, n.id))!.status !== 'nominated') throw new AppError('conflict', 'errors.scholarships.already_approved');
				const no = tooMuch(held, amount);
				if (no) throw no;
				const at = clock.now().toISOString();
				if (!(await repo.approveNomination(trx, n.id, amount, at))) throw new AppError('conflict', 'errors.scholarships.already_approved');
				await repo.updateRound(trx, r.id, { committed: Number(held.committed) + amount, awarded: Number(held.awarded) + 1, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'scholarship.approve', entityType: 'scholarship_nomination', entityId: n.id, scopeUnitId: r.unit_id, after: { roundId: r.id, amount } });
				return { nominationId: n.id, amount, committed: Number(held.committed) + amount, left: Number(held.budget) - Number(held.committed) - amount };
			});
		},

		/** The chair approves the next nominations in rank order, as many as fit the budget and the places. */
		async approveInOrder(auth: AuthContext, roundId: string) {
			const { r } = await requireManage(auth, roundId);
			return transaction(db, async (trx) => {
				const held = (await repo.holdRound(trx, db.dialect, r.id))!;
				if (held.status !== 'reviewing') throw new AppError('conflict', 'errors.scholarships.not_reviewing');
				const { list } = await ranked(r.id, undefined, trx);
				const waiting = list.filter((x) => x.n.status === 'nominated' && x.rank !== null);
				const amount = Number(held.award_amount);
				const room = { budget: Number(held.budget), places: Number(held.places), committed: Number(held.committed), awarded: Number(held.awarded) };
				const chosen = fitInOrder(waiting, room, () => amount);
				if (!chosen.length) {
					if (!waiting.length) throw new AppError('conflict', 'errors.scholarships.none_waiting');
					throw tooMuch(held, amount)!;
				}
				const at = clock.now().toISOString();
				for (const c of chosen) await repo.approveNomination(trx, c.id, amount, at);
				await repo.updateRound(trx, r.id, { committed: room.committed + amount * chosen.length, awarded: room.awarded + chosen.length, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'scholarship.approve_in_order', entityType: 'scholarship_round', entityId: r.id, scopeUnitId: r.unit_id, after: { approved: chosen.map((c) => c.id), amount } });
				return { approved: chosen.length, left: room.budget - room.committed - amount * chosen.length };
			});
		},

		/** The chair closes review with the approvals made: the round is decided (at least one award). */
		async decide(auth: AuthContext, roundId: string) {
			const { r } = await requireManage(auth, roundId);
			return transaction(db, async (trx) => {
				const held = (await repo.holdRound(trx, db.dialect, r.id))!;
				if (held.status !== 'reviewing') throw new AppError('conflict', 'errors.scholarships.not_reviewing');
				if (Number(held.awarded) === 0) throw new AppError('conflict', 'errors.scholarships.none_approved');
				await repo.updateRound(trx, r.id, { status: 'decided', updated_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'scholarship.round_decide', entityType: 'scholarship_round', entityId: r.id, scopeUnitId: r.unit_id, after: { awarded: Number(held.awarded), committed: Number(held.committed) } });
				return { status: 'decided' as const };
			});
		},

		/**
		 * Pays every award of a decided round from its fund, one disbursement entry each ('scholarship',
		 * the pupil named as payee — shown as initials on the fund's public page), in ONE transaction:
		 * when the fund cannot cover them all, nothing is paid and the message says how much is missing.
		 */
		async pay(auth: AuthContext, roundId: string, input: unknown) {
			const { r } = await requireManage(auth, roundId);
			const v = parseInput(payoutInput, input);
			try {
				return await transaction(db, async (trx) => {
					const held = (await repo.holdRound(trx, db.dialect, r.id))!;
					if (held.status !== 'decided') throw new AppError('conflict', held.status === 'paid' ? 'errors.scholarships.already_paid' : 'errors.scholarships.not_decided');
					const approved = (await repo.nominationsOf(trx, r.id)).filter((n) => n.status === 'approved');
					for (const n of approved) {
						const e = await funds.payIn(trx, auth, r.fund_id, { amount: Number(n.amount), purpose: 'scholarship', payeeName: n.pupil_name, paidOn: v.paidOn, note: `Học bổng: ${r.name}` });
						await repo.setEntry(trx, n.id, e.id);
					}
					await repo.updateRound(trx, r.id, { status: 'paid', paid_on: v.paidOn, updated_at: clock.now().toISOString() });
					await recordAudit(trx, clock, auth, { action: 'scholarship.round_pay', entityType: 'scholarship_round', entityId: r.id, scopeUnitId: r.unit_id, after: { awards: approved.length, total: Number(held.committed), paidOn: v.paidOn } });
					return { status: 'paid' as const, awards: approved.length, total: Number(held.committed) };
				});
			} catch (e) {
				if (isAppError(e) && e.key === 'errors.funds.insufficient') {
					const balance = await repo.fundBalance(k, r.fund_id);
					throw new AppError('conflict', 'errors.scholarships.fund_insufficient', { params: { total: vnd(Number(r.committed)), balance: vnd(balance) } });
				}
				throw e;
			}
		},

		/**
		 * The signed-receipt list (danh sách ký nhận) of a decided or paid round, as PDF or .xlsx: the
		 * chair's (full names: an internal paper, signed by each pupil or guardian at the ceremony).
		 */
		async receiptList(auth: AuthContext, roundId: string, input: unknown): Promise<{ bytes: Uint8Array; contentType: string; fileName: string }> {
			const { r } = await requireManage(auth, roundId);
			const v = parseInput(receiptListQuery, input);
			if (!CLOSED.includes(r.status)) throw new AppError('conflict', 'errors.scholarships.not_decided');
			const rows = (await repo.nominationsOf(k, r.id)).filter((n) => n.status === 'approved');
			const collator = new Intl.Collator('vi');
			const given = (name: string) => name.trim().split(/\s+/).pop() ?? name;
			rows.sort((a, b) => collator.compare(a.school_name, b.school_name) || collator.compare(a.class_name, b.class_name) || collator.compare(given(a.pupil_name), given(b.pupil_name)) || collator.compare(a.pupil_name, b.pupil_name) || a.id.localeCompare(b.id));
			const fund = await repo.fundOwnerKind(k, r.fund_id);
			const list: ReceiptList = {
				issuer: fund === 'association_branch' || fund === 'village_branch' ? `Hội Khuyến học ${r.unit_name}` : r.fund_name,
				fundName: r.fund_name,
				roundName: r.name,
				schoolYear: r.school_year,
				placeName: r.unit_name.replace(/^(Xã|Phường|Thị trấn|Thôn|Tổ dân phố)\s+/i, ''),
				date: r.paid_on ?? clock.now().toISOString().slice(0, 10),
				chairTitle: fund === 'association_branch' || fund === 'village_branch' ? 'CHỦ TỊCH HỘI' : 'TRƯỞNG BAN',
				rows: rows.map((n) => ({ name: n.pupil_name, className: n.class_name, school: n.school_name, village: n.village_name, amount: Number(n.amount) }))
			};
			const slug = r.school_year.replace(/\D/g, '-');
			if (v.format === 'xlsx') return { bytes: await signedReceiptListXlsx(list), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `danh-sach-ky-nhan-hoc-bong-${slug}.xlsx` };
			return { bytes: await signedReceiptListPdf(list), contentType: 'application/pdf', fileName: `danh-sach-ky-nhan-hoc-bong-${slug}.pdf` };
		}
	};
}
