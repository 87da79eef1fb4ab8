/**
 * Scholarship rounds for disadvantaged pupils (DOMAIN.md §5): a fund opens a round with a budget,
 * a number of places and a version of the criteria; schools, association branches and guardians
 * nominate pupils with their documents; named reviewers score independently (or declare a
 * conflict); the chair approves in rank order within the budget; the payout becomes the fund's
 * entries, all or none (scholarships.review.ts). Who may do what: scholarships.policy.ts.
 */
import { type AccessGateway, type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { sniffType, type FileStore } from '../../platform/files';
import { newId, UUID_RE } from '../../platform/ids';
import { prepareImage } from '../../platform/images';
import { parseInput } from '../../platform/validation';
import type { PeopleLookups } from '../people/people.service';
import type { PlaceLookups } from '../places/places.service';
import type { FundsService } from './funds.service';
import { fundTarget } from './funds.policy';
import * as fundsRepo from './funds.repository';
import { ADULT_AGE, ageOn, roundTarget } from './scholarships.policy';
import * as repo from './scholarships.repository';
import { reviewUseCases } from './scholarships.review';
import { criteriaSetCreate, DOCUMENT_MAX_BYTES, DOCUMENTS_PER_NOMINATION, nominationCreate, reviewerAdd, roundCreate, roundListQuery, type CriteriaSetOut, type Criterion, type RoundOut, type RoundStatus } from './scholarships.schemas';

export interface ScholarshipsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	places: { lookups: PlaceLookups; scopeResolver: { unitAncestors(id: string): Promise<string[]> } };
	people: { lookups: PeopleLookups };
	funds: Pick<FundsService, 'payIn'>;
}

export const criteriaSetOut = (c: { id: string; family: string; version: number; name: string; criteria_json: string; confirmed: number; note: string | null; created_at: string }): CriteriaSetOut => {
	const criteria = JSON.parse(c.criteria_json) as Criterion[];
	return { id: c.id, family: c.family, version: Number(c.version), name: c.name, criteria, totalPoints: criteria.reduce((a, x) => a + x.maxPoints, 0), confirmed: Number(c.confirmed) === 1, note: c.note, createdAt: c.created_at };
};

export const roundOut = (r: repo.RoundRow): RoundOut => ({
	id: r.id,
	fundId: r.fund_id,
	fundName: r.fund_name,
	unitId: r.unit_id,
	unitName: r.unit_name,
	name: r.name,
	schoolYear: r.school_year,
	criteriaSetId: r.criteria_set_id,
	budget: Number(r.budget),
	places: Number(r.places),
	awardAmount: Number(r.award_amount),
	opensOn: r.opens_on,
	closesOn: r.closes_on,
	status: r.status as RoundStatus,
	committed: Number(r.committed),
	awarded: Number(r.awarded),
	nominations: Number(r.nominations),
	paidOn: r.paid_on,
	createdAt: r.created_at
});

/** What the actor is to a round: its chair (funds.manage on the fund), a reader of its figures, a reviewer. */
export interface RoundRoles {
	manage: boolean;
	view: boolean;
	review: boolean;
}

export function createScholarshipsService(deps: ScholarshipsDeps) {
	const { db, clock, access, files, places, people } = deps;
	const k = db.kysely;
	const today = () => todayVn(clock);

	async function rolesOf(auth: AuthContext, r: { id: string; unit_id: string; org_id: string | null }): Promise<RoundRoles> {
		requireActor(auth);
		const [manage, view, review] = await Promise.all([access.allows(auth, 'funds.manage', roundTarget(r)), access.allows(auth, 'funds.view', roundTarget(r)), repo.isReviewer(k, r.id, auth.actor.accountId)]);
		return { manage, view: view || manage, review };
	}

	/** The round, when the actor has some part in it (or may nominate in it); otherwise not found. */
	async function roundFor(auth: AuthContext, id: string) {
		requireActor(auth);
		const r = typeof id === 'string' && UUID_RE.test(id) ? await repo.findRound(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		const roles = await rolesOf(auth, r);
		const nominate = !roles.view && !roles.review ? await mayNominateIn(auth, r) : roles.manage;
		if (!roles.view && !roles.review && !nominate) throw new AppError('not_found');
		return { r, roles, nominate };
	}

	/** Whether the unit lies in the round's area (the round's commune or village, or below it). */
	const inArea = async (round: { unit_id: string }, unitId: string) => (await places.scopeResolver.unitAncestors(unitId)).includes(round.unit_id);

	/** Someone with no role in the round may still nominate in it: staff with `funds.manage` in its area, or a guardian living there. */
	async function mayNominateIn(auth: AuthContext, r: { unit_id: string }) {
		const own = await people.lookups.residentOfAccount(auth.actor!.accountId);
		if (own && ageOn(own.birth_date, today()) >= ADULT_AGE && (await inArea(r, own.village_id))) return true;
		const s = scopesFor(auth, 'funds.manage');
		for (const orgId of s.orgIds) {
			const o = await places.lookups.org(orgId);
			if (o && (await inArea(r, o.unit_id))) return true;
		}
		for (const unitId of s.unitIds) if (unitId === r.unit_id || (await inArea(r, unitId))) return true;
		return false;
	}

	async function requireManage(auth: AuthContext, id: string) {
		const x = await roundFor(auth, id);
		if (!x.roles.manage) throw new AppError('not_found');
		return x;
	}

	const review = reviewUseCases({ ...deps, roundFor, requireManage, today });

	return {
		...review,

		/** Every criteria set, latest version first in each family. */
		async criteriaSets(auth: AuthContext): Promise<{ items: CriteriaSetOut[]; can: { add: boolean } }> {
			requireActor(auth);
			if (!auth.actor.grants.some((g) => g.role !== 'resident')) throw new AppError('forbidden');
			return { items: (await repo.criteriaSets(k)).map(criteriaSetOut), can: { add: scopesFor(auth, 'scholarships.criteria').all } };
		},

		/** A new version of a criteria set (or a new set): never an edit of one a round may use. */
		async addCriteriaSet(auth: AuthContext, input: unknown): Promise<CriteriaSetOut> {
			access.requireAny(auth, 'scholarships.criteria');
			if (!scopesFor(auth, 'scholarships.criteria').all) throw new AppError('forbidden');
			const v = parseInput(criteriaSetCreate, input);
			const family = v.family ?? `bo-tieu-chi-${newId().slice(-12)}`;
			const id = newId();
			await transaction(db, async (trx) => {
				const version = (await repo.latestVersion(trx, family)) + 1;
				if (v.family && version === 1) throw invalidField('family', 'errors.scholarships.unknown_family');
				await repo.insertCriteriaSet(trx, { id, family, version, name: v.name, criteria_json: JSON.stringify(v.criteria), confirmed: v.confirmed ? 1 : 0, note: v.note ?? null, created_by_account_id: auth.actor!.accountId, created_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'scholarship.criteria_set', entityType: 'scholarship_criteria_set', entityId: id, after: { family, version, name: v.name, criteria: v.criteria.map((c) => [c.key, c.maxPoints]) } });
			});
			return criteriaSetOut((await repo.findCriteriaSet(k, id))!);
		},

		async listRounds(auth: AuthContext, input: unknown) {
			requireActor(auth);
			const v = parseInput(roundListQuery, input);
			const mine = await repo.roundsFor(k, scopesFor(auth, 'funds.view'), auth.actor.accountId, today(), v.fund ?? null);
			// and the rounds taking nominations where the actor may nominate (a school's administrators,
			// a guardian): those of the units above their school or village
			const own = await people.lookups.residentOfAccount(auth.actor.accountId);
			const manage = scopesFor(auth, 'funds.manage');
			const places_ = [...manage.unitIds, ...(own ? [own.village_id] : [])];
			for (const orgId of manage.orgIds) {
				const o = await places.lookups.org(orgId);
				if (o) places_.push(o.unit_id);
			}
			const above = [...new Set((await Promise.all(places_.map((u) => places.scopeResolver.unitAncestors(u)))).flat())];
			const open = (await repo.openRoundsIn(k, above)).filter((r) => !mine.some((m) => m.id === r.id) && (!v.fund || r.fund_id === v.fund));
			return { items: [...mine, ...open].map(roundOut) };
		},

		/** Opens a round on a fund (funds.manage there), with the criteria version it keeps. */
		async createRound(auth: AuthContext, input: unknown): Promise<RoundOut> {
			requireActor(auth);
			const v = parseInput(roundCreate, input);
			const f = await fundsRepo.findFund(k, v.fundId);
			if (!f) throw new AppError('not_found');
			await access.requireAccess(auth, 'funds.manage', fundTarget(f));
			if (!(await repo.findCriteriaSet(k, v.criteriaSetId))) throw invalidField('criteriaSetId', 'errors.scholarships.criteria_set');
			const id = newId();
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.insertRound(trx, { id, fund_id: f.id, unit_id: f.unit_id, org_id: f.org_id, criteria_set_id: v.criteriaSetId, name: v.name, school_year: v.schoolYear, budget: v.budget, places: v.places, award_amount: v.awardAmount, opens_on: v.opensOn, closes_on: v.closesOn, status: 'open', committed: 0, awarded: 0, chair_account_id: auth.actor.accountId, paid_on: null, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'scholarship.round_create', entityType: 'scholarship_round', entityId: id, scopeUnitId: f.unit_id, after: { fundId: f.id, name: v.name, budget: v.budget, places: v.places, awardAmount: v.awardAmount, criteriaSetId: v.criteriaSetId } });
			});
			return roundOut((await repo.findRound(k, id))!);
		},

		/** Assigns a reviewer by login: a staff account, not the round's chair. */
		async addReviewer(auth: AuthContext, roundId: string, input: unknown) {
			const { r } = await requireManage(auth, roundId);
			const v = parseInput(reviewerAdd, input);
			const a = await repo.staffAccountByLogin(k, v.login);
			if (!a || Number(a.staff_grants) === 0) throw invalidField('login', 'errors.scholarships.reviewer_unknown');
			if (a.id === r.chair_account_id) throw invalidField('login', 'errors.scholarships.reviewer_chair');
			if (r.status === 'decided' || r.status === 'paid') throw new AppError('conflict', 'errors.scholarships.round_closed');
			if (await repo.isReviewer(k, r.id, a.id)) return { reviewers: await repo.reviewersOf(k, r.id) };
			await transaction(db, async (trx) => {
				await repo.insertReviewer(trx, { round_id: r.id, account_id: a.id, added_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'scholarship.reviewer_add', entityType: 'scholarship_round', entityId: r.id, scopeUnitId: r.unit_id, after: { accountId: a.id } });
			});
			return { reviewers: await repo.reviewersOf(k, r.id) };
		},

		/**
		 * Puts a pupil forward while the round takes nominations: a school's administrators (their
		 * school), association officers (villages in their scope), or a guardian (a child of their own
		 * household). Never from the pupil's own account, nor a child's.
		 */
		async nominate(auth: AuthContext, roundId: string, input: unknown) {
			requireActor(auth);
			const v = parseInput(nominationCreate, input);
			// a pupil's own account, or any child's, never nominates (said plainly, before anything else)
			const own = await people.lookups.residentOfAccount(auth.actor.accountId);
			if (own && v.residentId === own.id) throw new AppError('forbidden', 'errors.scholarships.own_account');
			if (own && ageOn(own.birth_date, today()) < ADULT_AGE) throw new AppError('forbidden', 'errors.scholarships.child_account');
			const { r } = await roundFor(auth, roundId);
			if (r.status !== 'open') throw new AppError('conflict', 'errors.scholarships.not_open');
			const on = today();
			if (on < r.opens_on || on > r.closes_on) throw new AppError('conflict', 'errors.scholarships.outside_dates', { params: { opens: r.opens_on.split('-').reverse().join('/'), closes: r.closes_on.split('-').reverse().join('/') } });
			const set = criteriaSetOut((await repo.findCriteriaSet(k, r.criteria_set_id))!);
			for (const key of Object.keys(v.claims)) if (!set.criteria.some((c) => c.key === key)) throw invalidField(`claims.${key}`, 'errors.field.unknown');

			// the pupil: a resident record, or the particulars typed
			const pupil = v.residentId ? await people.lookups.resident(v.residentId) : undefined;
			if (v.residentId && !pupil) throw invalidField('residentId', 'errors.scholarships.pupil_unknown');
			const name = pupil?.full_name ?? v.pupilName;
			const birthYear = pupil ? Number(pupil.birth_date.slice(0, 4)) : v.birthYear;
			const villageId = pupil?.village_id ?? v.villageId;
			if (!name) throw invalidField('pupilName', 'errors.field.required');
			if (!birthYear) throw invalidField('birthYear', 'errors.field.required');
			if (!villageId) throw invalidField('villageId', 'errors.field.required');
			const village = await places.lookups.unit(villageId);
			if (!village || village.level !== 'village' || !(await inArea(r, village.id))) throw invalidField('villageId', 'errors.scholarships.village_outside');
			const school = v.schoolOrgId ? await places.lookups.org(v.schoolOrgId) : undefined;
			if (v.schoolOrgId && (!school || school.kind !== 'school')) throw invalidField('schoolOrgId', 'errors.scholarships.school_unknown');
			const schoolName = school?.name ?? v.schoolName;
			if (!schoolName) throw invalidField('schoolName', 'errors.field.required');

			// who is nominating, and by what right
			let kind: 'school' | 'association' | 'guardian';
			const manage = scopesFor(auth, 'funds.manage');
			if (await access.allows(auth, 'funds.manage', { unitId: village.id, orgId: school?.id ?? null })) kind = school && manage.orgIds.includes(school.id) ? 'school' : 'association';
			else if (own && pupil && own.household_id && own.household_id === pupil.household_id) kind = 'guardian';
			else if (!manage.all && !manage.unitIds.length && !manage.orgIds.length) throw new AppError('forbidden', 'errors.scholarships.not_guardian');
			else throw new AppError('forbidden', 'errors.scholarships.not_nominator');

			if (pupil ? await repo.sameResidentNominated(k, r.id, pupil.id) : await repo.sameNameNominated(k, r.id, name, birthYear)) throw new AppError('conflict', 'errors.scholarships.already_nominated');
			const id = newId();
			const at = clock.now().toISOString();
			const claims = Object.fromEntries(Object.entries(v.claims).filter(([, text]) => text !== ''));
			await transaction(db, async (trx) => {
				await repo.insertNomination(trx, { id, round_id: r.id, resident_id: pupil?.id ?? null, pupil_name: name, birth_year: birthYear, school_name: schoolName, school_org_id: school?.id ?? null, class_name: v.className, village_id: village.id, circumstances: v.circumstances, claims_json: JSON.stringify(claims), nominator_kind: kind, nominated_by_account_id: auth.actor!.accountId, status: 'nominated', amount: null, approved_at: null, entry_id: null, created_at: at });
				await recordAudit(trx, clock, auth, { action: 'scholarship.nominate', entityType: 'scholarship_nomination', entityId: id, scopeUnitId: village.id, after: { roundId: r.id, residentId: pupil?.id ?? null, kind, claims: Object.keys(claims) } });
			});
			return { id, roundId: r.id, nominatorKind: kind, status: 'nominated' as const };
		},

		/**
		 * Adds a document to a nomination (its nominator while nominations are open, or the chair):
		 * a photo (JPEG, PNG, WebP — re-encoded, its metadata and location dropped) or a PDF, 5 MB at most.
		 */
		async addDocument(auth: AuthContext, nominationId: string, input: { file: Uint8Array | null; fileName: string | null }) {
			requireActor(auth);
			const n = typeof nominationId === 'string' && UUID_RE.test(nominationId) ? await repo.findNomination(k, nominationId) : undefined;
			if (!n) throw new AppError('not_found');
			const { r, roles } = await roundFor(auth, n.round_id);
			const mine = n.nominated_by_account_id === auth.actor.accountId;
			if (!roles.manage && !mine) throw new AppError('not_found');
			if (!roles.manage && r.status !== 'open') throw new AppError('conflict', 'errors.scholarships.not_open');
			if (r.status === 'paid') throw new AppError('conflict', 'errors.scholarships.round_closed');
			if (!input.file || input.file.byteLength === 0) throw invalidField('file', 'errors.field.required');
			if (input.file.byteLength > DOCUMENT_MAX_BYTES) throw invalidField('file', 'errors.field.file_too_large', { max: DOCUMENT_MAX_BYTES / 1024 / 1024 });
			if ((await repo.documentsOf(k, [n.id])).length >= DOCUMENTS_PER_NOMINATION) throw new AppError('conflict', 'errors.scholarships.too_many_documents', { params: { max: DOCUMENTS_PER_NOMINATION } });
			const isPdf = sniffType(input.file.subarray(0, 16))?.type === 'application/pdf';
			const bytes = isPdf ? input.file : (await prepareImage(input.file, [{ name: 'doc', width: 2000 }]))[0]!.bytes;
			const type = isPdf ? 'application/pdf' : 'image/webp';
			const id = newId();
			const key = `scholarships/${id}-doc.${isPdf ? 'pdf' : 'webp'}`;
			const base = (input.fileName ?? 'tai-lieu').normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]/gu, '').replace(/\.[^.]*$/, '').slice(0, 120) || 'tai-lieu';
			const fileName = `${base}.${isPdf ? 'pdf' : 'webp'}`;
			await files.put(key, bytes);
			try {
				await transaction(db, async (trx) => {
					await repo.insertDocument(trx, { id, nomination_id: n.id, file_key: key, file_name: fileName, content_type: type, size: bytes.byteLength, uploaded_by_account_id: auth.actor.accountId, created_at: clock.now().toISOString() });
					await recordAudit(trx, clock, auth, { action: 'scholarship.document', entityType: 'scholarship_nomination', entityId: n.id, scopeUnitId: n.village_id, after: { documentId: id, type, size: bytes.byteLength } });
				});
			} catch (e) {
				await files.delete(key);
				throw e;
			}
			return { id, fileName, contentType: type, size: bytes.byteLength };
		},

		/** A document's bytes: for the round's reviewers and chair only; anyone else, not found. */
		async document(auth: AuthContext, documentId: string) {
			requireActor(auth);
			const d = typeof documentId === 'string' && UUID_RE.test(documentId) ? await repo.findDocument(k, documentId) : undefined;
			const n = d ? await repo.findNomination(k, d.nomination_id) : undefined;
			if (!d || !n) throw new AppError('not_found');
			const r = (await repo.findRound(k, n.round_id))!;
			const roles = await rolesOf(auth, r);
			if (!roles.manage && !roles.review) throw new AppError('not_found');
			const bytes = await files.get(d.file_key);
			if (!bytes) throw new AppError('not_found');
			return { bytes, contentType: d.content_type, fileName: d.file_name };
		}
	};
}

export type ScholarshipsService = ReturnType<typeof createScholarshipsService>;
