/**
 * Learning titles (issue 13), the core part: a commune's yearly cycle, registration (a household head on a phone,
 * a village head for many households at once, officers for clans, villages and units), the
 * self-assessment scored under the criteria set in force with the evidence filled in from the
 * learning records, and what a household sees of its titles. The village review, the posting,
 * objections and the decision are in `titles.review.ts`; figures in `titles.figures.ts`.
 */
import { type AccessGateway, type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { CriteriaService } from '../criteria/criteria.service';
import { answersOutOfRange, scoreSet } from '../criteria/criteria.rules';
import type { CriteriaSetOut } from '../criteria/criteria.schemas';
import { computeEvidence, type Evidence } from './titles.evidence';
import { communeTarget, villageTarget } from './titles.policy';
import * as repo from './titles.repository';
import { TITLE_CRITERIA_SEEDS } from './titles.criteria.data';
import { assessmentInput, bulkRegistrationInput, cycleInput, cycleQuery, registrationInput, TITLE_KINDS, type AssessmentOut, type CycleOut, type RegistrationOut, type TitleKind } from './titles.schemas';
import { isUniqueViolation } from '../../platform/db/dialect';
import { cycleOut, defaultDates, registrationOut } from './titles.rules';

export interface TitlesDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	criteria: CriteriaService;
}

export function createTitlesCore({ db, clock, access, criteria }: TitlesDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const now = () => clock.now().toISOString();
	const idOk = (id: string) => UUID_RE.test(id);

	/** The set in force for a kind and year; the best-known version is seeded the first time one is needed. */
	async function setFor(kind: TitleKind, year: number): Promise<CriteriaSetOut> {
		const found = await criteria.lookups.current(kind, year);
		if (found) return found;
		const seed = TITLE_CRITERIA_SEEDS.find((s) => s.kind === kind)!;
		try {
			await criteria.lookups.seed(kind, { ...seed.set, year: 2015 });
		} catch (e) {
			if (!isUniqueViolation(e)) throw e; // seeded at the same moment by another request
		}
		return (await criteria.lookups.current(kind, year))!;
	}

	/** The cycle and what the actor may do with it; out of scope (no commune or village of it reached) reads as not found. */
	async function cycleFor(auth: AuthContext, id: string) {
		requireActor(auth);
		const c = idOk(id) ? await repo.findCycle(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		const manage = await access.allows(auth, 'titles.manage', communeTarget(c));
		const view = manage || (await access.allows(auth, 'titles.view', communeTarget(c)));
		const villages = await repo.villagesOf(k, c.commune_id, today());
		const reviewable: string[] = [];
		for (const v of villages) if (await access.allows(auth, 'titles.review', villageTarget(v.id))) reviewable.push(v.id);
		if (!view && !reviewable.length) throw new AppError('not_found');
		return { cycle: c, villages, can: { manage, review: reviewable } };
	}

	/** The members' evidence for a registration, in the cycle's year up to today. */
	async function evidenceOf(r: { kind: string; subject_id: string; year: number }): Promise<Evidence> {
		const year = Number(r.year);
		const members = await repo.membersOf(k, r.kind, r.subject_id);
		const end = `${year}-12-31` < today() ? `${year}-12-31` : today();
		const learning = await repo.learningOf(
			k,
			members.map((m) => m.id),
			members.flatMap((m) => (m.account_id ? [m.account_id] : [])),
			`${year}-01-01`,
			end
		);
		return computeEvidence(members, learning, `${year}-12-31`);
	}

	/** Whether the actor speaks for the subject themselves: the household's head, or the resident. */
	async function isOwn(auth: AuthContext, kind: string, subjectId: string) {
		const me = await repo.residentOfAccount(k, auth.actor!.accountId);
		if (!me) return false;
		if (kind === 'citizen') return me.id === subjectId;
		if (kind === 'family') return (await repo.householdOf(k, subjectId))?.head_resident_id === me.id;
		return false;
	}

	/** What a subject is: its name and village; checked to lie in the cycle's commune. */
	async function subjectOf(kind: TitleKind, subjectId: string, communeId: string) {
		let found: { name: string; villageId: string } | null = null;
		if (kind === 'family') {
			const h = await repo.householdOf(k, subjectId);
			if (h) found = { name: h.head_name ? `Hộ ông/bà ${h.head_name}` : 'Hộ gia đình', villageId: h.village_id };
		} else if (kind === 'citizen') {
			const p = await repo.residentOf(k, subjectId);
			if (p) found = { name: p.full_name, villageId: p.village_id };
		} else if (kind === 'clan') {
			const c = await repo.clanOf(k, subjectId);
			if (c) found = { name: c.name, villageId: c.home_village_id };
		} else if (kind === 'community') {
			const u = await repo.unitName(k, subjectId);
			if (u?.level === 'village') found = { name: u.name, villageId: u.id };
		} else {
			const o = await repo.orgOf(k, subjectId);
			// a unit is placed at its unit (a village, or the commune itself: then its first village keeps the list)
			if (o) found = { name: o.name, villageId: o.unit_id };
		}
		if (!found) return null;
		const t = today();
		if (found.villageId === communeId && kind === 'unit') {
			const first = (await repo.villagesOf(k, communeId, t))[0];
			if (!first) return null;
			found.villageId = first.id;
		}
		if ((await repo.parentOf(k, found.villageId, t)) !== communeId) return null;
		return found;
	}

	async function assessmentOut(row: { id: string; registration_id: string; stage: string; criteria_set_id: string; answers_json: string; evidence_json: string; score: number; passed: number; at: string }, set?: CriteriaSetOut): Promise<AssessmentOut> {
		const s = set ?? (await criteria.lookups.byIds([row.criteria_set_id]))[0]!;
		const stored = JSON.parse(row.evidence_json) as { criteria: AssessmentOut['criteria']; items: AssessmentOut['evidence'] };
		return { id: row.id, registrationId: row.registration_id, stage: row.stage as AssessmentOut['stage'], criteriaSetId: s.id, criteriaVersion: s.version, score: Number(row.score), max: s.maxPoints, passMark: s.passMark, passed: Number(row.passed) === 1, criteria: stored.criteria, evidence: stored.items, at: row.at };
	}

	/** Scores a registration now (records as they stand, answers given) under the set in force: the row to keep. Read outside any transaction. */
	async function scoreOf(r: repo.RegistrationRow, stage: 'self' | 'review', answers: Record<string, number>, by: string) {
		const set = await setFor(r.kind as TitleKind, Number(r.year));
		const bad = answersOutOfRange(set.sections, answers);
		if (bad.length) throw new AppError('invalid', 'errors.invalid', { fields: Object.fromEntries(bad.map((b) => [`answers.${b}`, { key: 'errors.titles.points_range' }])) });
		const ev = await evidenceOf(r);
		const score = scoreSet(set, answers, ev.metrics);
		const row = { id: newId(), registration_id: r.id, stage, criteria_set_id: set.id, answers_json: JSON.stringify(answers), evidence_json: JSON.stringify({ criteria: score.criteria, items: ev.items, metrics: ev.metrics }), score: score.total, passed: score.passed ? 1 : 0, by_account_id: by, at: now() };
		return { row, set, score };
	}

	/**
	 * What the signed-in resident's household and the resident hold: the open cycle of their commune,
	 * their registrations (household and own) with their certificates — for their phone page and the
	 * learning record.
	 */
	async function mine(auth: AuthContext) {
		requireActor(auth);
		const me = await repo.residentOfAccount(k, auth.actor.accountId);
		if (!me) return null;
		const household = me.household_id ? await repo.householdOf(k, me.household_id) : undefined;
		const isHead = household?.head_resident_id === me.id;
		const t = today();
		const communeId = await repo.parentOf(k, me.village_id, t);
		const year = Number(t.slice(0, 4));
		const cycle = communeId ? await repo.cycleOf(k, communeId, year) : undefined;
		const regs = await repo.registrationsOfSubjects(k, [me.id, ...(me.household_id ? [me.household_id] : [])]);
		const certs = await repo.certificatesOfRegistrations(
			k,
			regs.map((r) => r.id)
		);
		return {
			resident: { id: me.id, name: me.full_name, householdId: me.household_id, isHead },
			cycle: cycle ? { ...cycleOut(cycle, t), registrationOpen: cycle.status === 'open' && t <= cycle.registration_until } : null,
			registrations: regs.map((r) => ({ ...registrationOut(r), certificateCode: certs.find((c) => c.registration_id === r.id)?.code ?? null }))
		};
	}

	return {
		setFor,
		mine,
		evidenceOf,
		cycleFor,
		scoreOf,

		/** Makes sure a title kind has its criteria (the best-known version seeded the first time); unknown kinds are not found. */
		async criteriaFor(auth: AuthContext, kind: string) {
			requireActor(auth);
			if (!(TITLE_KINDS as readonly string[]).includes(kind)) throw new AppError('not_found');
			return setFor(kind as TitleKind, Number(today().slice(0, 4)));
		},

		/** Opens a commune's cycle for a year with its dates (defaults from DOMAIN.md). */
		async openCycle(auth: AuthContext, input: unknown): Promise<CycleOut> {
			requireActor(auth);
			const v = parseInput(cycleInput, input);
			const unit = await repo.unitName(k, v.communeId);
			if (!unit || unit.level !== 'commune' || !(await access.allows(auth, 'titles.manage', { unitId: unit.id }))) throw invalidField('communeId', 'errors.titles.unknown_commune');
			const d = { ...defaultDates(v.year), ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) } as ReturnType<typeof defaultDates>;
			if (!(d.registrationUntil <= d.reviewUntil)) throw invalidField('reviewUntil', 'errors.titles.dates_order');
			if (!(d.reviewUntil < d.decisionBy)) throw invalidField('decisionBy', 'errors.titles.dates_order');
			if (!(d.decisionBy <= d.summaryBy)) throw invalidField('summaryBy', 'errors.titles.dates_order');
			const id = newId();
			const at = now();
			try {
				await transaction(db, async (trx) => {
					await repo.insertCycle(trx, { id, commune_id: unit.id, year: v.year, registration_until: d.registrationUntil, review_until: d.reviewUntil, decision_by: d.decisionBy, summary_by: d.summaryBy, status: 'open', opened_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at });
					await recordAudit(trx, clock, auth, { action: 'title_cycle.open', entityType: 'title_cycle', entityId: id, scopeUnitId: unit.id, after: { year: v.year, ...d } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw invalidField('year', 'errors.titles.cycle_exists');
				throw e;
			}
			for (const kind of TITLE_KINDS) await setFor(kind, v.year);
			return cycleOut((await repo.findCycle(k, id))!, today());
		},

		/** Cycles in scope, latest year first. */
		async cycles(auth: AuthContext, input: unknown = {}): Promise<{ items: CycleOut[]; canOpen: boolean }> {
			requireActor(auth);
			const v = parseInput(cycleQuery, input);
			const scope = scopesFor(auth, 'titles.view');
			const rows = await repo.cyclesInScope(k, scope, today(), { ...(v.commune && { communeId: v.commune }), ...(v.year && { year: v.year }) });
			const m = scopesFor(auth, 'titles.manage');
			return { items: rows.map((r) => cycleOut(r, today())), canOpen: m.all || m.unitIds.length > 0 };
		},

		/** A cycle: its dates, counts per village and title, the villages the actor reviews. */
		async cycle(auth: AuthContext, id: string) {
			const { cycle, villages, can } = await cycleFor(auth, id);
			const counts = await repo.cycleCounts(k, cycle.id);
			const postings = await repo.postingsOfCycle(k, cycle.id);
			const t = today();
			return {
				cycle: cycleOut(cycle, t),
				villages: villages.map((v) => {
					const mine = counts.filter((c) => c.village_id === v.id);
					const p = postings.find((x) => x.village_id === v.id);
					const sum = (f: (c: (typeof mine)[number]) => boolean) => mine.filter(f).reduce((a, c) => a + c.n, 0);
					return {
						id: v.id,
						name: v.name,
						registered: sum(() => true),
						reviewed: sum((c) => c.status === 'reviewed' || c.status === 'recognised'),
						recognised: sum((c) => c.status === 'recognised'),
						refused: sum((c) => c.status === 'refused'),
						posting: p ? { opensOn: p.opens_on, closesOn: p.closes_on, open: p.opens_on <= t && t <= p.closes_on } : null,
						canReview: can.review.includes(v.id)
					};
				}),
				can: { manage: can.manage }
			};
		},

		/**
		 * Registers one subject for a title in a cycle: the household head for their household (or
		 * the resident as a learning citizen) themselves; otherwise titles.review on the village
		 * (households, citizens) or titles.manage on the commune (clans, villages, units). A second
		 * registration of the same subject in the cycle is refused (a unique index decides).
		 */
		async register(auth: AuthContext, input: unknown): Promise<RegistrationOut> {
			requireActor(auth);
			const v = parseInput(registrationInput, input);
			const c = await repo.findCycle(k, v.cycleId);
			if (!c) throw new AppError('not_found');
			const subject = await subjectOf(v.kind, v.subjectId, c.commune_id);
			const own = subject ? await isOwn(auth, v.kind, v.subjectId) : false;
			let via: 'self' | 'village_head' | 'officer' = 'self';
			if (!own) {
				const perm = v.kind === 'family' || v.kind === 'citizen' ? 'titles.review' : 'titles.manage';
				const target = perm === 'titles.review' && subject ? villageTarget(subject.villageId) : communeTarget(c);
				if (!(await access.allows(auth, perm, target))) {
					// nothing of the cycle is the actor's: not found; the cycle is, but not the subject: a field message
					const reaches = await cycleFor(auth, c.id).then(
						() => true,
						() => false
					);
					if (!reaches) throw new AppError('not_found');
					throw invalidField('subjectId', 'errors.titles.unknown_subject');
				}
				via = (await access.allows(auth, 'titles.manage', communeTarget(c))) ? 'officer' : 'village_head';
			}
			if (!subject) throw invalidField('subjectId', 'errors.titles.unknown_subject');
			if (c.status !== 'open' || today() > c.registration_until) throw new AppError('conflict', 'errors.titles.registration_closed');
			const id = newId();
			const at = now();
			try {
				await transaction(db, async (trx) => {
					await repo.insertRegistration(trx, { id, cycle_id: c.id, kind: v.kind, subject_id: v.subjectId, subject_name: subject.name, village_id: subject.villageId, via, registered_by_account_id: auth.actor!.accountId, status: 'registered', self_score: null, review_score: null, review_note: null, refusal_reason: null, decision_id: null, public_consent: v.publicConsent ? 1 : 0, created_at: at, updated_at: at });
					await recordAudit(trx, clock, auth, { action: 'title_registration.create', entityType: 'title_registration', entityId: id, scopeUnitId: subject.villageId, after: { kind: v.kind, subjectId: v.subjectId, via } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw invalidField('subjectId', 'errors.titles.already_registered');
				throw e;
			}
			return registrationOut((await repo.findRegistration(k, id))!);
		},

		/** The village head registers many households of the village at once; those registered already are left as they are. */
		async registerMany(auth: AuthContext, input: unknown): Promise<{ added: number; already: number }> {
			requireActor(auth);
			const v = parseInput(bulkRegistrationInput, input);
			const c = await repo.findCycle(k, v.cycleId);
			if (!c) throw new AppError('not_found');
			await access.requireAccess(auth, 'titles.review', villageTarget(v.villageId));
			if ((await repo.parentOf(k, v.villageId, today())) !== c.commune_id) throw new AppError('not_found');
			if (c.status !== 'open' || today() > c.registration_until) throw new AppError('conflict', 'errors.titles.registration_closed');
			const ids = [...new Set(v.householdIds)];
			const households = new Map((await repo.householdsOfVillage(k, v.villageId)).map((h) => [h.id, h]));
			const unknown = ids.findIndex((id) => !households.has(id));
			if (unknown >= 0) throw invalidField(`householdIds.${unknown}`, 'errors.titles.unknown_subject');
			const at = now();
			const via = (await access.allows(auth, 'titles.manage', communeTarget(c))) ? 'officer' : 'village_head';
			const added = await transaction(db, async (trx) => {
				let n = 0;
				for (let i = 0; i < ids.length; i += 500)
					n += await repo.insertRegistrationsIgnoringTaken(
						trx,
						ids.slice(i, i + 500).map((hid) => {
							const h = households.get(hid)!;
							return { id: newId(), cycle_id: c.id, kind: 'family', subject_id: hid, subject_name: h.head_name ? `Hộ ông/bà ${h.head_name}` : 'Hộ gia đình', village_id: v.villageId, via, registered_by_account_id: auth.actor!.accountId, status: 'registered', self_score: null, review_score: null, review_note: null, refusal_reason: null, decision_id: null, public_consent: 0, created_at: at, updated_at: at };
						})
					);
				await recordAudit(trx, clock, auth, { action: 'title_registration.bulk', entityType: 'title_cycle', entityId: c.id, scopeUnitId: v.villageId, after: { added: n, asked: ids.length } });
				return n;
			});
			return { added, already: ids.length - added };
		},

		/** A registration with its assessments and the evidence as the records stand today. */
		async registration(auth: AuthContext, id: string) {
			requireActor(auth);
			const r = idOk(id) ? await repo.findRegistration(k, id) : undefined;
			if (!r) throw new AppError('not_found');
			const own = await isOwn(auth, r.kind, r.subject_id);
			const review = await access.allows(auth, 'titles.review', villageTarget(r.village_id));
			if (!own && !review) throw new AppError('not_found');
			const set = await setFor(r.kind as TitleKind, Number(r.year));
			const evidence = await evidenceOf(r);
			const assessed = await repo.assessmentsOf(k, r.id);
			const selfRow = [...assessed].reverse().find((a) => a.stage === 'self');
			const c = (await repo.findCycle(k, r.cycle_id))!;
			const assessable = c.status === 'open' && (r.status === 'registered' || r.status === 'assessed');
			return {
				registration: registrationOut(r),
				set,
				evidence,
				preview: scoreSet(set, selfRow ? (JSON.parse(selfRow.answers_json) as Record<string, number>) : {}, evidence.metrics),
				answers: selfRow ? (JSON.parse(selfRow.answers_json) as Record<string, number>) : {},
				assessments: await Promise.all(assessed.map((a) => assessmentOut(a))),
				can: { assess: (own || review) && assessable }
			};
		},

		/** The self-assessment: declared points as given, records computed; scored under the set in force and kept with its version. */
		async selfAssess(auth: AuthContext, id: string, input: unknown): Promise<AssessmentOut> {
			requireActor(auth);
			const r = idOk(id) ? await repo.findRegistration(k, id) : undefined;
			if (!r) throw new AppError('not_found');
			if (!(await isOwn(auth, r.kind, r.subject_id)) && !(await access.allows(auth, 'titles.review', villageTarget(r.village_id)))) throw new AppError('not_found');
			const v = parseInput(assessmentInput, input);
			const c = (await repo.findCycle(k, r.cycle_id))!;
			if (c.status !== 'open' || !(r.status === 'registered' || r.status === 'assessed')) throw new AppError('conflict', 'errors.titles.assessment_closed');
			const kept = await scoreOf(r, 'self', v.answers, auth.actor.accountId);
			await transaction(db, async (trx) => {
				await repo.insertAssessment(trx, kept.row);
				await repo.updateRegistration(trx, r.id, { status: 'assessed', self_score: kept.score.total, updated_at: kept.row.at });
				await recordAudit(trx, clock, auth, { action: 'title_assessment.self', entityType: 'title_registration', entityId: r.id, scopeUnitId: r.village_id, after: { score: kept.score.total, set: kept.set.id } });
			});
			return assessmentOut(kept.row, kept.set);
		},

		/** The titles in the learning record of an account's person: the household's and their own, recognised. */
		async recordOf(auth: AuthContext) {
			const m = await mine(auth);
			return (m?.registrations ?? []).filter((r) => r.status === 'recognised').map((r) => ({ kind: r.kind, year: r.year, subjectName: r.subjectName, certificateCode: r.certificateCode }));
		},

		/** A village's households, each with its registration in the cycle if any (the village head's list). */
		async villageHouseholds(auth: AuthContext, cycleId: string, villageId: string) {
			const { cycle, villages, can } = await cycleFor(auth, cycleId);
			if (!villages.some((v) => v.id === villageId) || !can.review.includes(villageId)) throw new AppError('not_found');
			const [households, regs] = await Promise.all([repo.householdsOfVillage(k, villageId), repo.registrationsOfVillage(k, cycle.id, villageId)]);
			const byHousehold = new Map(regs.filter((r) => r.kind === 'family').map((r) => [r.subject_id, r]));
			return {
				cycle: cycleOut(cycle, today()),
				village: villages.find((v) => v.id === villageId)!,
				households: households.map((h) => ({ id: h.id, headName: h.head_name, registration: byHousehold.has(h.id) ? registrationOut(byHousehold.get(h.id)!) : null })),
				registrationOpen: cycle.status === 'open' && today() <= cycle.registration_until
			};
		},
	};
}

export type TitlesCore = ReturnType<typeof createTitlesCore>;
