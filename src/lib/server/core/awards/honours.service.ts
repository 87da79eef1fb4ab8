/**
 * Exemplary models and good people, good deeds: nominations with a story and evidence, reviewed
 * and approved, and the public honour board (bảng vàng) per commune and year. A person is shown
 * only when the nomination is approved AND their consent stands (a minor's with a parent's or
 * guardian's): the board's query holds that condition itself. Consent is recorded on the
 * nomination — who recorded it, when and how — and withdrawn by a reviewer or by the person from
 * their own account; the entry leaves the public page and the API at once (a write moves the page
 * cache's version). Every act is audited.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import { nominationTarget } from './awards.policy';
import * as repo from './awards.repository';
import { canDecide, consentProblem, isPublic } from './awards.rules';
import { consentInput, honourBoardQuery, nominationInput, nominationListQuery, nominationReview, withdrawalInput, type HonourEntryOut, type NominationOut } from './awards.schemas';

export interface HonoursDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	places: { lookups: PlaceLookups };
}

const nominationOut = (n: repo.NominationRow): NominationOut => ({
	id: n.id,
	unitId: n.unit_id,
	unitName: n.unit_name,
	orgId: n.org_id,
	year: Number(n.year),
	title: n.title,
	personName: n.person_name,
	residentId: n.resident_id,
	isMinor: Number(n.is_minor) === 1,
	story: n.story,
	evidence: n.evidence,
	newsId: n.news_id,
	status: n.status as NominationOut['status'],
	reviewNote: n.review_note,
	consent: n.consent as NominationOut['consent'],
	consentMethod: n.consent_method as NominationOut['consentMethod'],
	consentGuardianName: n.consent_guardian_name,
	consentAt: n.consent_at,
	consentWithdrawnAt: n.consent_withdrawn_at,
	public: isPublic(n),
	nominatedAt: n.nominated_at
});

export function createHonoursService({ db, clock, access, places }: HonoursDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);

	async function nomination(auth: AuthContext, id: string, permission: 'honours.nominate' | 'honours.review') {
		requireActor(auth);
		const n = typeof id === 'string' && UUID_RE.test(id) ? await repo.findNomination(k, id) : undefined;
		if (!n) throw new AppError('not_found');
		await access.requireAccess(auth, permission, nominationTarget(n));
		return n;
	}

	/** The nomination, if it names the signed-in person's own resident record. */
	async function ownNomination(auth: AuthContext, id: string) {
		requireActor(auth);
		const n = typeof id === 'string' && UUID_RE.test(id) ? await repo.findNomination(k, id) : undefined;
		const me = await repo.residentOfAccount(k, auth.actor.accountId);
		if (!n || !me || n.resident_id !== me.id) return null;
		return n;
	}

	const withAbilities = async (auth: AuthContext, n: repo.NominationRow) => ({ ...nominationOut(n), can: { review: await access.allows(auth, 'honours.review', nominationTarget(n)) } });

	return {
		/** Nominates a person, with a title, their story and evidence, for a year, in a commune or village (a school's or association's names it). */
		async nominate(auth: AuthContext, input: unknown): Promise<NominationOut> {
			requireActor(auth);
			const v = parseInput(nominationInput, input);
			const org = v.orgId ? await places.lookups.org(v.orgId) : undefined;
			if (v.orgId && !org) throw invalidField('orgId', 'errors.awards.org');
			// an organisation's nomination sits where the organisation is
			const unitId = org?.unit_id ?? v.unitId;
			const unit = unitId ? await places.lookups.unit(unitId) : undefined;
			if (!unit || !['commune', 'village'].includes(unit.level)) throw invalidField('unitId', 'errors.awards.unit');
			const target = { unitId: unit.id, orgId: org?.id ?? null };
			await access.requireAccess(auth, 'honours.nominate', target);
			if (v.residentId) {
				const r = await repo.residentBasics(k, v.residentId);
				if (!r || !(await access.allows(auth, 'honours.nominate', { unitId: r.village_id }))) throw invalidField('residentId', 'errors.awards.resident');
			}
			if (v.newsId && !(await repo.publishedNews(k, v.newsId))) throw invalidField('newsId', 'errors.awards.news');
			const at = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertNomination(trx, { id, unit_id: unit.id, org_id: target.orgId, year: v.year, title: v.title, person_name: v.personName, resident_id: v.residentId ?? null, is_minor: v.isMinor ? 1 : 0, story: v.story, evidence: v.evidence, news_id: v.newsId ?? null, status: 'proposed', nominated_by_account_id: auth.actor.accountId, nominated_at: at, reviewed_by_account_id: null, reviewed_at: null, review_note: null, consent: 'none', consent_method: null, consent_guardian_name: null, consent_recorded_by_account_id: null, consent_at: null, consent_withdrawn_at: null, consent_withdrawn_by_account_id: null, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'honour.nominate', entityType: 'honour_nomination', entityId: id, scopeUnitId: unit.id, after: { year: v.year, title: v.title } });
			});
			return nominationOut((await repo.findNomination(k, id))!);
		},

		/** Nominations in the actor's scope (?unit=, ?year=, ?status=). */
		async list(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'honours.nominate');
			const v = parseInput(nominationListQuery, input);
			return { items: (await repo.nominationsInScope(k, scope, today(), v)).map(nominationOut) };
		},

		async get(auth: AuthContext, id: string) {
			return withAbilities(auth, await nomination(auth, id, 'honours.nominate'));
		},

		/** Approves or refuses a waiting nomination (a refusal says why); once. */
		async review(auth: AuthContext, id: string, input: unknown): Promise<NominationOut> {
			const n = await nomination(auth, id, 'honours.review');
			const v = parseInput(nominationReview, input);
			if (!canDecide(n.status)) throw new AppError('conflict', 'errors.awards.decided');
			const at = clock.now().toISOString();
			const status = v.decision === 'approve' ? 'approved' : 'rejected';
			await transaction(db, async (trx) => {
				if (!(await repo.reviewNomination(trx, n.id, { status, reviewed_by_account_id: auth.actor!.accountId, reviewed_at: at, review_note: v.note ?? null }))) throw new AppError('conflict', 'errors.awards.decided');
				await recordAudit(trx, clock, auth, { action: `honour.${v.decision}`, entityType: 'honour_nomination', entityId: n.id, scopeUnitId: n.unit_id, before: { status: n.status }, after: { status }, note: v.note ?? undefined });
			});
			return nominationOut((await repo.findNomination(k, n.id))!);
		},

		/** Records the person's consent to be shown on the board (a paper form, or in person); a minor's names the parent or guardian. */
		async recordConsent(auth: AuthContext, id: string, input: unknown): Promise<NominationOut> {
			const n = await nomination(auth, id, 'honours.review');
			const v = parseInput(consentInput, input);
			const problem = consentProblem(Number(n.is_minor) === 1, v.guardianName);
			if (problem) throw invalidField('guardianName', problem);
			if (n.status === 'rejected') throw new AppError('conflict', 'errors.awards.rejected');
			if (n.consent === 'given') throw new AppError('conflict', 'errors.awards.consent_given');
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.giveConsent(trx, n.id, { consent_method: v.method, consent_guardian_name: v.guardianName ?? null, consent_recorded_by_account_id: auth.actor!.accountId, consent_at: at });
				await recordAudit(trx, clock, auth, { action: 'honour.consent', entityType: 'honour_nomination', entityId: n.id, scopeUnitId: n.unit_id, after: { method: v.method, guardian: !!v.guardianName } });
			});
			return nominationOut((await repo.findNomination(k, n.id))!);
		},

		/**
		 * Withdraws the consent: by a reviewer in scope, or by the person from their own account.
		 * The entry leaves the public board at once.
		 */
		async withdrawConsent(auth: AuthContext, id: string, input: unknown): Promise<NominationOut> {
			requireActor(auth);
			const own = await ownNomination(auth, id);
			const n = own ?? (await nomination(auth, id, 'honours.review'));
			const v = parseInput(withdrawalInput, input);
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				if (!(await repo.withdrawConsent(trx, n.id, at, auth.actor.accountId))) throw new AppError('conflict', 'errors.awards.no_consent');
				await recordAudit(trx, clock, auth, { action: 'honour.consent_withdraw', entityType: 'honour_nomination', entityId: n.id, scopeUnitId: n.unit_id, before: { consent: 'given' }, after: { consent: 'withdrawn', by: own ? 'self' : 'officer' }, note: v.reason ?? undefined });
			});
			return nominationOut((await repo.findNomination(k, n.id))!);
		},

		/** The signed-in person's own nominations (their account page): to give or withdraw consent. */
		async mine(auth: AuthContext): Promise<NominationOut[]> {
			requireActor(auth);
			const me = await repo.residentOfAccount(k, auth.actor.accountId);
			return me ? (await repo.nominationsOfResident(k, me.id)).filter((n) => n.status !== 'rejected').map(nominationOut) : [];
		},

		/** The person gives their own consent from their account (an adult; a minor's needs a guardian, recorded by an officer). */
		async giveOwnConsent(auth: AuthContext, id: string): Promise<NominationOut> {
			const n = await ownNomination(auth, id);
			if (!n || n.status === 'rejected') throw new AppError('not_found');
			if (Number(n.is_minor) === 1) throw new AppError('conflict', 'errors.awards.guardian_needed');
			if (n.consent === 'given') throw new AppError('conflict', 'errors.awards.consent_given');
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.giveConsent(trx, n.id, { consent_method: 'own_account', consent_guardian_name: null, consent_recorded_by_account_id: auth.actor!.accountId, consent_at: at });
				await recordAudit(trx, clock, auth, { action: 'honour.consent', entityType: 'honour_nomination', entityId: n.id, scopeUnitId: n.unit_id, after: { method: 'own_account' } });
			});
			return nominationOut((await repo.findNomination(k, n.id))!);
		},

		/** Public: the honour board (?unit= a commune or village, ?year=); approved and consented entries only, never the evidence. */
		async board(input: unknown): Promise<{ items: HonourEntryOut[]; years: number[]; unit: { id: string; name: string } | null; year: number | null }> {
			const v = parseInput(honourBoardQuery, input);
			const unit = v.unit ? await places.lookups.unit(v.unit) : undefined;
			if (v.unit && !unit) throw new AppError('not_found');
			const rows = await repo.honourBoard(k, today(), { unit: v.unit, year: v.year });
			return {
				items: rows.map((r) => ({ id: r.id, year: Number(r.year), title: r.title, personName: r.person_name, story: r.story, unitId: r.unit_id, unitName: r.commune_name ? `${r.unit_name}, ${r.commune_name}` : r.unit_name, news: r.news_id && r.news_title ? { id: r.news_id, title: r.news_title } : null })),
				years: await repo.boardYears(k),
				unit: unit ? { id: unit.id, name: unit.name } : null,
				year: v.year ?? null
			};
		}
	};
}

export type HonoursService = ReturnType<typeof createHonoursService>;
