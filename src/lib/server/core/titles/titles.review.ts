/**
 * Learning titles, the village and commune part: the village review on one screen for a whole
 * village (agree or refuse with a reason, each scored again under the set in force and kept), the
 * meeting's minutes (PDF or photo, in the file store), the public posting for exactly 10 days,
 * objections by residents of that village while it is posted and their answers, the commune's
 * decision (number, date, signer) and the certificates it gives, checked by anyone by their code.
 */
import { randomBytes } from 'node:crypto';
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { addDays, todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { newId, UUID_RE } from '../../platform/ids';
import type { Links } from '../../platform/links';
import { parseInput } from '../../platform/validation';
import { isUniqueViolation } from '../../platform/db/dialect';
import type { TitlesCore } from './titles.core';
import { registrationOut } from './titles.rules';
import { communeTarget, villageTarget } from './titles.policy';
import * as repo from './titles.repository';
import { answerInput, decisionInput, MAX_MINUTES_BYTES, objectionInput, POSTING_DAYS, postingInput, reviewInput, type TitleKind } from './titles.schemas';
import { renderTitleCertificatePdf } from './title-certificate.pdf';

export interface TitlesReviewDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	links: Links;
	core: TitlesCore;
}

/** What a minutes file may be, told by its first bytes. */
export function minutesType(bytes: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
	const b = (i: number) => bytes[i];
	if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'application/pdf';
	if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
	if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
	return null;
}

/** A certificate's code: 10 letters and digits without look-alikes, grouped for reading aloud. */
export function newCertificateCode(): string {
	const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(10);
	const chars = [...bytes].map((x) => alphabet[x % alphabet.length]).join('');
	return `DH-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const TITLE_NAMES: Record<TitleKind, string> = { family: 'Gia đình học tập', clan: 'Dòng họ học tập', community: 'Cộng đồng học tập', unit: 'Đơn vị học tập', citizen: 'Công dân học tập' };

export function createTitlesReview({ db, clock, access, files, links, core }: TitlesReviewDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const now = () => clock.now().toISOString();

	/** The cycle and village, reached with titles.review on the village (else not found). */
	async function villageFor(auth: AuthContext, cycleId: string, villageId: string) {
		const { cycle, villages, can } = await core.cycleFor(auth, cycleId);
		const village = villages.find((v) => v.id === villageId);
		if (!village || !can.review.includes(villageId)) throw new AppError('not_found');
		return { cycle, village, canManage: can.manage };
	}

	const postingOut = (p: repo.PostingRow | undefined) =>
		p ? { id: p.id, opensOn: p.opens_on, closesOn: p.closes_on, open: p.opens_on <= today() && today() <= p.closes_on, minutes: p.minutes_file_name ? { name: p.minutes_file_name, type: p.minutes_file_type } : null } : null;

	return {
		/** The village review screen: every registration of the village in the cycle, its scores, the posting and its objections. */
		async villageReview(auth: AuthContext, cycleId: string, villageId: string) {
			const { cycle, village, canManage } = await villageFor(auth, cycleId, villageId);
			const [regs, posting, objections] = await Promise.all([repo.registrationsOfVillage(k, cycle.id, village.id), repo.postingOf(k, cycle.id, village.id), repo.objectionsOfCycle(k, cycle.id)]);
			const t = today();
			return {
				cycle: { id: cycle.id, year: Number(cycle.year), communeName: cycle.commune_name, reviewUntil: cycle.review_until, status: cycle.status },
				village,
				registrations: regs.map(registrationOut),
				posting: postingOut(posting),
				objections: objections.filter((o) => o.village_id === village.id).map((o) => ({ id: o.id, registrationId: o.registration_id, subjectName: o.subject_name, byName: o.by_name, reason: o.reason, createdAt: o.created_at, answer: o.answer, upheld: o.upheld === null ? null : Number(o.upheld) === 1 })),
				can: { review: !posting && cycle.status === 'open', post: !posting && cycle.status === 'open' && regs.some((r) => r.status === 'reviewed') && !regs.some((r) => r.status === 'registered' || r.status === 'assessed'), answer: canManage, minutes: cycle.status === 'open' },
				defaultOpensOn: t
			};
		},

		/**
		 * The village's review, for many registrations at once: agreed ones are scored again under the
		 * set in force (records as they stand, the household's declared points) and proposed; refused
		 * ones keep the reason. Once the village's list is posted it is no longer reviewed.
		 */
		async review(auth: AuthContext, cycleId: string, villageId: string, input: unknown) {
			const { cycle, village } = await villageFor(auth, cycleId, villageId);
			const v = parseInput(reviewInput, input);
			if (cycle.status !== 'open') throw new AppError('conflict', 'errors.titles.cycle_decided');
			if (await repo.postingOf(k, cycle.id, village.id)) throw new AppError('conflict', 'errors.titles.already_posted');
			const regs = await repo.findRegistrations(
				k,
				v.items.map((i) => i.registrationId)
			);
			const byId = new Map(regs.map((r) => [r.id, r]));
			const bad = v.items.findIndex((i) => byId.get(i.registrationId)?.cycle_id !== cycle.id || byId.get(i.registrationId)?.village_id !== village.id);
			if (bad >= 0) throw invalidField(`items.${bad}.registrationId`, 'errors.titles.unknown_registration');
			const at = now();
			// scored before the transaction (SQLite has one connection: reads inside would wait on it)
			const scored = new Map<string, Awaited<ReturnType<TitlesCore['scoreOf']>>>();
			for (const it of v.items.filter((i) => i.agree)) {
				const r = byId.get(it.registrationId)!;
				const self = await repo.latestAssessment(k, r.id, 'self');
				scored.set(r.id, await core.scoreOf(r, 'review', self ? (JSON.parse(self.answers_json) as Record<string, number>) : {}, auth.actor!.accountId));
			}
			const agreed = scored.size;
			await transaction(db, async (trx) => {
				for (const it of v.items) {
					const r = byId.get(it.registrationId)!;
					const out = scored.get(r.id);
					if (out) {
						await repo.insertAssessment(trx, out.row);
						await repo.updateRegistration(trx, r.id, { status: 'reviewed', review_score: out.score.total, review_note: it.note ?? null, refusal_reason: null, updated_at: at });
					} else await repo.updateRegistration(trx, r.id, { status: 'refused', review_note: it.note ?? null, refusal_reason: it.note ?? null, updated_at: at });
				}
				await recordAudit(trx, clock, auth, { action: 'title_review.village', entityType: 'title_cycle', entityId: cycle.id, scopeUnitId: village.id, after: { agreed, refused: v.items.length - agreed } });
			});
			return { agreed, refused: v.items.length - agreed };
		},

		/** Posts the village's candidate list for exactly 10 days from opensOn (not before today). */
		async post(auth: AuthContext, cycleId: string, villageId: string, input: unknown) {
			const { cycle, village } = await villageFor(auth, cycleId, villageId);
			const v = parseInput(postingInput, input);
			if (cycle.status !== 'open') throw new AppError('conflict', 'errors.titles.cycle_decided');
			if (v.opensOn < today()) throw invalidField('opensOn', 'errors.titles.posting_past');
			const regs = await repo.registrationsOfVillage(k, cycle.id, village.id);
			if (regs.some((r) => r.status === 'registered' || r.status === 'assessed')) throw new AppError('conflict', 'errors.titles.review_unfinished');
			if (!regs.some((r) => r.status === 'reviewed')) throw new AppError('conflict', 'errors.titles.nothing_to_post');
			const id = newId();
			try {
				await transaction(db, async (trx) => {
					await repo.insertPosting(trx, { id, cycle_id: cycle.id, village_id: village.id, opens_on: v.opensOn, closes_on: addDays(v.opensOn, POSTING_DAYS - 1), minutes_file_key: null, minutes_file_name: null, minutes_file_type: null, reviewed_by_account_id: auth.actor!.accountId, created_at: now() });
					await recordAudit(trx, clock, auth, { action: 'title_posting.create', entityType: 'title_posting', entityId: id, scopeUnitId: village.id, after: { opensOn: v.opensOn } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.titles.already_posted');
				throw e;
			}
			return postingOut(await repo.findPosting(k, id))!;
		},

		/** Attaches the village meeting's minutes (PDF, JPEG or PNG), replacing any before; the village's review must exist. */
		async attachMinutes(auth: AuthContext, cycleId: string, villageId: string, file: { name: string; bytes: Uint8Array }) {
			const { cycle, village } = await villageFor(auth, cycleId, villageId);
			const p = await repo.postingOf(k, cycle.id, village.id);
			if (!p) throw new AppError('conflict', 'errors.titles.post_first');
			if (file.bytes.byteLength === 0) throw invalidField('minutes', 'errors.field.required');
			if (file.bytes.byteLength > MAX_MINUTES_BYTES) throw invalidField('minutes', 'errors.field.file_too_large', { max: MAX_MINUTES_BYTES });
			const type = minutesType(file.bytes);
			if (!type) throw invalidField('minutes', 'errors.titles.minutes_type');
			const key = `titles/${newId()}-minutes.${type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg'}`;
			await files.put(key, file.bytes);
			const name = file.name.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]/gu, '').slice(0, 120) || 'bien-ban';
			await transaction(db, async (trx) => {
				await repo.setMinutes(trx, p.id, key, name, type);
				await recordAudit(trx, clock, auth, { action: 'title_posting.minutes', entityType: 'title_posting', entityId: p.id, scopeUnitId: village.id, note: name });
			});
			if (p.minutes_file_key) await files.delete(p.minutes_file_key).catch(() => {});
			return postingOut(await repo.findPosting(k, p.id))!;
		},

		/** The minutes file, for those who review the village. */
		async minutes(auth: AuthContext, cycleId: string, villageId: string) {
			const { cycle, village } = await villageFor(auth, cycleId, villageId);
			const p = await repo.postingOf(k, cycle.id, village.id);
			const bytes = p?.minutes_file_key ? await files.get(p.minutes_file_key) : null;
			if (!p || !bytes) throw new AppError('not_found');
			return { bytes, name: p.minutes_file_name!, type: p.minutes_file_type! };
		},

		/**
		 * Public: a village's posted list, only from its first to its last day (not found before and
		 * after), with the candidates' names; whether the signed-in visitor may object (a resident of
		 * that village).
		 */
		async posting(auth: AuthContext, cycleId: string, villageId: string) {
			const p = UUID_RE.test(cycleId) && UUID_RE.test(villageId) ? await repo.postingOf(k, cycleId, villageId) : undefined;
			const t = today();
			if (!p || t < p.opens_on || t > p.closes_on) throw new AppError('not_found');
			const regs = (await repo.registrationsOfVillage(k, cycleId, villageId)).filter((r) => r.status === 'reviewed');
			const me = auth.actor ? await repo.residentOfAccount(k, auth.actor.accountId) : undefined;
			const c = (await repo.findCycle(k, cycleId))!;
			return {
				villageName: p.village_name,
				communeName: c.commune_name,
				year: Number(p.year),
				opensOn: p.opens_on,
				closesOn: p.closes_on,
				candidates: regs.map((r) => ({ id: r.id, kind: r.kind as TitleKind, name: r.subject_name, score: r.review_score === null ? null : Number(r.review_score) })),
				canObject: !!me && me.village_id === villageId
			};
		},

		/** Public: the postings open today in a commune. */
		async openPostings(communeId: string) {
			if (!UUID_RE.test(communeId)) throw new AppError('not_found');
			return (await repo.openPostings(k, communeId, today())).map((p) => ({ cycleId: p.cycle_id, villageId: p.village_id, villageName: p.village_name, year: Number(p.year), opensOn: p.opens_on, closesOn: p.closes_on }));
		},

		/** A resident of the village objects to a posted candidate, with a reason, while the list is posted. */
		async object(auth: AuthContext, registrationId: string, input: unknown) {
			requireActor(auth);
			const r = UUID_RE.test(registrationId) ? await repo.findRegistration(k, registrationId) : undefined;
			const p = r ? await repo.postingOf(k, r.cycle_id, r.village_id) : undefined;
			const t = today();
			if (!r || !p || r.status !== 'reviewed' || t < p.opens_on || t > p.closes_on) throw new AppError('not_found');
			const v = parseInput(objectionInput, input);
			const me = await repo.residentOfAccount(k, auth.actor.accountId);
			if (!me || me.village_id !== r.village_id) throw new AppError('forbidden', 'errors.titles.not_resident');
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertObjection(trx, { id, registration_id: r.id, posting_id: p.id, account_id: auth.actor!.accountId, resident_id: me.id, reason: v.reason, created_at: now(), answer: null, upheld: null, answered_by_account_id: null, answered_at: null });
				await recordAudit(trx, clock, auth, { action: 'title_objection.create', entityType: 'title_registration', entityId: r.id, scopeUnitId: r.village_id });
			});
			return { id };
		},

		/** The objections of a cycle (managers of the commune). */
		async objections(auth: AuthContext, cycleId: string) {
			const { cycle, can } = await core.cycleFor(auth, cycleId);
			if (!can.manage) throw new AppError('not_found');
			return (await repo.objectionsOfCycle(k, cycle.id)).map((o) => ({ id: o.id, registrationId: o.registration_id, subjectName: o.subject_name, villageName: o.village_name, byName: o.by_name, reason: o.reason, createdAt: o.created_at, answer: o.answer, upheld: o.upheld === null ? null : Number(o.upheld) === 1, answeredAt: o.answered_at }));
		},

		/** The commune answers an objection, once; upheld, the candidate is refused with the answer as the reason. */
		async answer(auth: AuthContext, objectionId: string, input: unknown) {
			requireActor(auth);
			const o = UUID_RE.test(objectionId) ? await repo.findObjection(k, objectionId) : undefined;
			const r = o ? await repo.findRegistration(k, o.registration_id) : undefined;
			if (!o || !r) throw new AppError('not_found');
			await access.requireAccess(auth, 'titles.manage', communeTarget(r));
			const v = parseInput(answerInput, input);
			const at = now();
			await transaction(db, async (trx) => {
				if (!(await repo.answerObjection(trx, o.id, { answer: v.answer, upheld: v.upheld ? 1 : 0, answered_by_account_id: auth.actor!.accountId, answered_at: at }))) throw new AppError('conflict', 'errors.titles.already_answered');
				if (v.upheld) await repo.updateRegistration(trx, r.id, { status: 'refused', refusal_reason: v.answer, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'title_objection.answer', entityType: 'title_registration', entityId: r.id, scopeUnitId: r.village_id, after: { upheld: v.upheld } });
			});
			return { id: o.id, upheld: v.upheld };
		},

		/**
		 * The commune's decision: every candidate whose village's posting has ended, with no objection
		 * left unanswered, is recognised and gets a certificate; the cycle is decided.
		 */
		async decide(auth: AuthContext, cycleId: string, input: unknown) {
			const { cycle, can } = await core.cycleFor(auth, cycleId);
			if (!can.manage) throw new AppError('not_found');
			const v = parseInput(decisionInput, input);
			if (cycle.status !== 'open') throw new AppError('conflict', 'errors.titles.cycle_decided');
			const t = today();
			const postings = await repo.postingsOfCycle(k, cycle.id);
			if (!postings.length) throw new AppError('conflict', 'errors.titles.nothing_posted');
			if (postings.some((p) => p.closes_on >= t)) throw new AppError('conflict', 'errors.titles.posting_running');
			if ((await repo.objectionsOfCycle(k, cycle.id)).some((o) => o.answered_at === null)) throw new AppError('conflict', 'errors.titles.objections_waiting');
			const posted = new Set(postings.map((p) => p.village_id));
			const id = newId();
			const at = now();
			try {
				return await transaction(db, async (trx) => {
					const regs = await trx.selectFrom('title_registrations').select(['id', 'village_id', 'status', 'subject_name']).where('cycle_id', '=', cycle.id).execute();
					const recognised = regs.filter((r) => r.status === 'reviewed' && posted.has(r.village_id));
					const refused = regs.filter((r) => r.status === 'refused').length;
					await repo.insertDecision(trx, { id, cycle_id: cycle.id, number: v.number, decided_on: v.decidedOn, signer: v.signer, recognised: recognised.length, refused, created_by_account_id: auth.actor!.accountId, created_at: at });
					for (let i = 0; i < recognised.length; i += 500) {
						const part = recognised.slice(i, i + 500);
						await trx
							.updateTable('title_registrations')
							.set({ status: 'recognised', decision_id: id, updated_at: at })
							.where(
								'id',
								'in',
								part.map((r) => r.id)
							)
							.execute();
						await repo.insertCertificates(
							trx,
							part.map((r) => ({ id: newId(), code: newCertificateCode(), registration_id: r.id, decision_id: id, holder_name: r.subject_name, issued_on: v.decidedOn, revoked_at: null }))
						);
					}
					await trx.updateTable('title_cycles').set({ status: 'decided', updated_at: at }).where('id', '=', cycle.id).execute();
					await recordAudit(trx, clock, auth, { action: 'title_decision.create', entityType: 'title_cycle', entityId: cycle.id, scopeUnitId: cycle.commune_id, after: { number: v.number, recognised: recognised.length } });
					return { id, number: v.number, decidedOn: v.decidedOn, signer: v.signer, recognised: recognised.length, refused };
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw invalidField('number', 'errors.titles.decision_number_taken');
				throw e;
			}
		},

		/** Public: whether a title's certificate is valid, for whom and what. */
		async verify(code: string) {
			const c = code && code.length <= 40 ? await repo.certificateByCode(k, code.trim().toUpperCase()) : undefined;
			if (!c) throw new AppError('not_found');
			return { valid: c.revoked_at === null, code: c.code, kind: c.kind as TitleKind, title: TITLE_NAMES[c.kind as TitleKind], holderName: c.holder_name, year: Number(c.year), communeName: c.commune_name, villageName: c.village_name, decisionNumber: c.decision_number, decidedOn: c.decided_on, signer: c.signer, issuedOn: c.issued_on };
		},

		/** The certificate as a PDF with its QR code: for the household (or person) and those who review the village. */
		async certificatePdf(auth: AuthContext, code: string) {
			requireActor(auth);
			const c = code && code.length <= 40 ? await repo.certificateByCode(k, code.trim().toUpperCase()) : undefined;
			if (!c) throw new AppError('not_found');
			const r = (await repo.findRegistration(k, c.registration_id))!;
			const mine = await core.mine(auth);
			const own = !!mine?.registrations.some((x) => x.id === r.id);
			if (!own) await access.requireAccess(auth, 'titles.review', villageTarget(r.village_id));
			const bytes = await renderTitleCertificatePdf({ title: TITLE_NAMES[c.kind as TitleKind], holderName: c.holder_name, villageName: c.village_name, communeName: c.commune_name, year: Number(c.year), decisionNumber: c.decision_number, decidedOn: c.decided_on, signer: c.signer, code: c.code, verifyUrl: links.verifyTitle(c.code) });
			return { bytes, fileName: `giay-chung-nhan-${c.code.toLowerCase()}.pdf` };
		}
	};
}
