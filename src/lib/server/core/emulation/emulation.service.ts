/**
 * The schools' emulation "dạy tốt, học tốt" (issue 14 part 5): a unit's round per school year over
 * the schools of its subtree; each school self-scores every criterion of the set in force (kept
 * with the score: a later version leaves it as it was), the office reviews (points per criterion,
 * a comment), ranks by the reviewed total (ties: the earlier submission) and records an award.
 * Joint school–centre activities are in `emulation.activities.ts`.
 */
import { type AccessGateway, type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField, type FieldMessage } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { scoreSet } from '../criteria/criteria.rules';
import type { CriteriaSetOut } from '../criteria/criteria.schemas';
import type { CriteriaService } from '../criteria/criteria.service';
import { createActivitiesService } from './emulation.activities';
import { EMULATION_CRITERIA_SEED } from './emulation.criteria.data';
import { orgTarget, roundTarget } from './emulation.policy';
import * as repo from './emulation.repository';
import { awardInput, reviewInput, roundInput, roundQuery, schoolYearLabel, selfScoreInput, type RankingRow, type RoundOut, type ScoreOut } from './emulation.schemas';
import { isUniqueViolation } from '../../platform/db/dialect';

export interface EmulationDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	criteria: CriteriaService;
}

type Items = Record<string, { points: number; note: string | null }>;
const isId = (s: string) => s.length <= 40;

export function createEmulationService({ db, clock, access, criteria }: EmulationDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const now = () => clock.now().toISOString();

	/** The set in force for a school year; the best-known version is seeded the first time one is needed. */
	async function setFor(year: number): Promise<CriteriaSetOut> {
		const found = await criteria.lookups.current('school_emulation', year);
		if (found) return found;
		try {
			await criteria.lookups.seed('school_emulation', { ...EMULATION_CRITERIA_SEED, year: 2015 });
		} catch (e) {
			if (!isUniqueViolation(e)) throw e;
		}
		return (await criteria.lookups.current('school_emulation', year))!;
	}

	/** The schools the actor self-scores for (organisation grants of emulation.score), with their units. */
	async function ownSchools(auth: AuthContext): Promise<repo.OrgLite[]> {
		const s = scopesFor(auth, 'emulation.score');
		return (await repo.findOrgs(k, s.orgIds)).filter((o) => o.kind === 'school');
	}

	/** What the actor may do in a round: manage it, and for which of its schools self-score. */
	async function rolesIn(auth: AuthContext, r: repo.RoundRow, schools?: repo.OrgLite[]) {
		const manage = await access.allows(auth, 'emulation.manage', roundTarget(r));
		const inRound = schools ?? (await repo.schoolsUnder(k, r.unit_id, today()));
		const score: string[] = [];
		for (const o of inRound) if (await access.allows(auth, 'emulation.score', orgTarget(o))) score.push(o.id);
		return { manage, score };
	}

	/** A round the actor reaches (managing it, or a school of it to score), else not found. */
	async function loadRound(auth: AuthContext, id: string) {
		requireActor(auth);
		const r = isId(id) ? await repo.findRound(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		const schools = await repo.schoolsUnder(k, r.unit_id, today());
		const can = await rolesIn(auth, r, schools);
		if (!can.manage && !can.score.length) throw new AppError('not_found');
		return { r, schools, can };
	}

	const roundOut = (r: repo.RoundRow, can: RoundOut['can']): RoundOut => ({ id: r.id, unitId: r.unit_id, unitName: r.unit_name, schoolYear: Number(r.school_year), schoolYearLabel: schoolYearLabel(Number(r.school_year)), name: r.name, status: r.status as RoundOut['status'], createdAt: r.created_at, can });

	function scoreOut(s: repo.ScoreRow, set: CriteriaSetOut, schoolName: string): ScoreOut {
		const self = JSON.parse(s.self_json) as Items;
		const rev = s.review_json ? (JSON.parse(s.review_json) as Items) : null;
		const criteria = set.sections.flatMap((sec) => sec.criteria.map((c) => ({ key: c.key, section: sec.key, max: c.points, self: self[c.key]?.points ?? 0, selfNote: self[c.key]?.note ?? null, reviewed: rev ? (rev[c.key]?.points ?? 0) : null, reviewNote: rev ? (rev[c.key]?.note ?? null) : null })));
		const reviewed = s.reviewed_total === null ? null : Number(s.reviewed_total);
		return { id: s.id, roundId: s.round_id, schoolOrgId: s.school_org_id, schoolName, criteriaSetId: set.id, criteriaVersion: set.version, max: set.maxPoints, passMark: set.passMark, selfTotal: Number(s.self_total), submittedAt: s.submitted_at, reviewedTotal: reviewed, reviewComment: s.review_comment, reviewedAt: s.reviewed_at, passed: reviewed === null ? null : reviewed >= set.passMark, awardTitle: s.award_title, awardNote: s.award_note, criteria };
	}

	/** Checks given points against a set: unknown criteria and points above a criterion's maximum are field messages. */
	function checkItems(set: CriteriaSetOut, items: Items) {
		const max = new Map(set.sections.flatMap((s) => s.criteria.map((c) => [c.key, c] as const)));
		const fields: Record<string, FieldMessage> = {};
		for (const [key, v] of Object.entries(items)) {
			const c = max.get(key);
			if (!c) fields[`items.${key}`] = { key: 'errors.emulation.unknown_criterion' };
			else if (c.evidence === 'records') fields[`items.${key}.points`] = { key: 'errors.emulation.records_computed' };
			else if (v.points > c.points) fields[`items.${key}.points`] = { key: 'errors.emulation.points_above', params: { max: c.points } };
		}
		if (Object.keys(fields).length) throw new AppError('invalid', 'errors.invalid', { fields });
		const total = scoreSet(set, Object.fromEntries(Object.entries(items).map(([key, v]) => [key, v.points])), {}).total;
		return total;
	}

	/** A school of the round that the actor may see in it (managing the round, or its own), else not found. */
	function schoolIn(loaded: Awaited<ReturnType<typeof loadRound>>, schoolId: string, need: 'score' | 'see') {
		const o = loaded.schools.find((s) => s.id === schoolId);
		if (!o) throw new AppError('not_found');
		const own = loaded.can.score.includes(o.id);
		if (need === 'score' ? !own : !own && !loaded.can.manage) throw new AppError('not_found');
		return o;
	}

	async function ranking(loaded: Awaited<ReturnType<typeof loadRound>>): Promise<RankingRow[]> {
		const scores = new Map((await repo.scoresOf(k, loaded.r.id)).map((s) => [s.school_org_id, s]));
		const rows = loaded.schools.map((o) => {
			const s = scores.get(o.id);
			return { rank: null as number | null, schoolOrgId: o.id, schoolName: o.name, scoreId: s?.id ?? null, selfTotal: s ? Number(s.self_total) : null, reviewedTotal: s?.reviewed_total === null || s?.reviewed_total === undefined ? null : Number(s.reviewed_total), submittedAt: s?.submitted_at ?? null, awardTitle: s?.award_title ?? null, can: { score: loaded.can.score.includes(o.id) && loaded.r.status === 'open', review: loaded.can.manage && !!s } };
		});
		const reviewed = rows.filter((x) => x.reviewedTotal !== null).sort((a, b) => b.reviewedTotal! - a.reviewedTotal! || a.submittedAt!.localeCompare(b.submittedAt!) || a.schoolName.localeCompare(b.schoolName, 'vi'));
		reviewed.forEach((x, i) => (x.rank = i + 1));
		const rest = rows.filter((x) => x.reviewedTotal === null).sort((a, b) => (b.selfTotal ?? -1) - (a.selfTotal ?? -1) || a.schoolName.localeCompare(b.schoolName, 'vi'));
		return [...reviewed, ...rest];
	}

	return {
		/** Joint school–centre activities. */
		activities: createActivitiesService({ db, clock, access }),

		/** The criteria versions of the emulation (the best-known seeded the first time), latest first. */
		async criteriaVersions(auth: AuthContext) {
			requireActor(auth);
			await setFor(Number(today().slice(0, 4)));
			return criteria.list(auth, 'school_emulation');
		},

		/** Rounds the actor reaches: those it manages, and those above its own schools. */
		async listRounds(auth: AuthContext, query: unknown = {}): Promise<{ items: RoundOut[]; canOpen: boolean }> {
			requireActor(auth);
			const q = parseInput(roundQuery, query);
			const manage = scopesFor(auth, 'emulation.manage');
			const above = new Set<string>();
			for (const o of await ownSchools(auth)) for (const u of await repo.ancestorIds(k, o.unit_id, today())) above.add(u);
			const rows = await repo.roundsIn(k, manage, [...above], today(), q.year);
			const items: RoundOut[] = [];
			for (const r of rows) items.push(roundOut(r, await rolesIn(auth, r)));
			return { items, canOpen: manage.all || manage.unitIds.length > 0 };
		},

		/** Opens a unit's round for a school year (once per unit and year). */
		async openRound(auth: AuthContext, input: unknown): Promise<RoundOut> {
			requireActor(auth);
			const v = parseInput(roundInput, input);
			const unit = await repo.findUnit(k, v.unitId);
			if (!unit || !(await access.allows(auth, 'emulation.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.emulation.unknown_unit');
			const id = newId();
			const at = now();
			try {
				await transaction(db, async (trx) => {
					await repo.insertRound(trx, { id, unit_id: unit.id, school_year: v.schoolYear, name: v.name ?? `Thi đua “Dạy tốt, học tốt” năm học ${schoolYearLabel(v.schoolYear)} — ${unit.name}`, status: 'open', opened_by_account_id: auth.actor.accountId, created_at: at, updated_at: at });
					await recordAudit(trx, clock, auth, { action: 'emulation_round.open', entityType: 'emulation_round', entityId: id, scopeUnitId: unit.id, after: { schoolYear: v.schoolYear } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw invalidField('schoolYear', 'errors.emulation.round_exists');
				throw e;
			}
			await setFor(v.schoolYear);
			const r = (await repo.findRound(k, id))!;
			return roundOut(r, await rolesIn(auth, r));
		},

		/** A round with its ranking (every school of it; the reviewed ranked first), for those who reach it. */
		async getRound(auth: AuthContext, id: string) {
			const loaded = await loadRound(auth, id);
			const set = await setFor(Number(loaded.r.school_year));
			return { round: roundOut(loaded.r, loaded.can), criteriaSet: set, ranking: await ranking(loaded) };
		},

		async ranking(auth: AuthContext, id: string): Promise<RankingRow[]> {
			return ranking(await loadRound(auth, id));
		},

		/** Closes a round: no more self-scores (reviews and awards still recorded). */
		async closeRound(auth: AuthContext, id: string): Promise<RoundOut> {
			const loaded = await loadRound(auth, id);
			if (!loaded.can.manage) throw new AppError('not_found');
			await transaction(db, async (trx) => {
				await repo.updateRound(trx, id, { status: 'closed', updated_at: now() });
				await recordAudit(trx, clock, auth, { action: 'emulation_round.close', entityType: 'emulation_round', entityId: id, scopeUnitId: loaded.r.unit_id });
			});
			return roundOut((await repo.findRound(k, id))!, loaded.can);
		},

		/**
		 * A school's score in a round, under the set it was scored with; or, before it is submitted,
		 * the set in force to score against (`score: null`).
		 */
		async getScore(auth: AuthContext, roundId: string, schoolId: string) {
			const loaded = await loadRound(auth, roundId);
			const o = schoolIn(loaded, schoolId, 'see');
			const s = await repo.findScore(k, roundId, o.id);
			const set = s ? (await criteria.lookups.byIds([s.criteria_set_id]))[0]! : await setFor(Number(loaded.r.school_year));
			return { round: roundOut(loaded.r, loaded.can), school: { id: o.id, name: o.name }, criteriaSet: set, score: s ? scoreOut(s, set, o.name) : null, can: { score: loaded.can.score.includes(o.id) && loaded.r.status === 'open' && !s?.reviewed_at, review: loaded.can.manage && !!s, award: loaded.can.manage && !!s?.reviewed_at } };
		},

		/** The school's self-score (its own administrators), under the set in force; again until reviewed. */
		async selfScore(auth: AuthContext, roundId: string, schoolId: string, input: unknown): Promise<ScoreOut> {
			const loaded = await loadRound(auth, roundId);
			const o = schoolIn(loaded, schoolId, 'score');
			const v = parseInput(selfScoreInput, input);
			if (loaded.r.status !== 'open') throw new AppError('conflict', 'errors.emulation.round_closed');
			if ((await repo.findScore(k, roundId, o.id))?.reviewed_at) throw new AppError('conflict', 'errors.emulation.already_reviewed');
			const set = await setFor(Number(loaded.r.school_year));
			const items = v.items as Items;
			const total = checkItems(set, items);
			const at = now();
			try {
				await transaction(db, async (trx) => {
					const had = await repo.findScore(trx, roundId, o.id);
					if (had?.reviewed_at) throw new AppError('conflict', 'errors.emulation.already_reviewed');
					const row = { criteria_set_id: set.id, self_json: JSON.stringify(items), self_total: total, submitted_at: at, submitted_by_account_id: auth.actor!.accountId, updated_at: at };
					if (had) await repo.updateScore(trx, had.id, row);
					else await repo.insertScore(trx, { id: newId(), round_id: roundId, school_org_id: o.id, ...row, review_json: null, reviewed_total: null, review_comment: null, reviewed_at: null, reviewed_by_account_id: null, award_title: null, award_note: null, awarded_at: null, awarded_by_account_id: null, created_at: at });
					await recordAudit(trx, clock, auth, { action: 'emulation_score.self', entityType: 'emulation_round', entityId: roundId, scopeUnitId: o.unit_id, after: { school: o.id, total } });
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.emulation.try_again');
				throw e;
			}
			return scoreOut((await repo.findScore(k, roundId, o.id))!, set, o.name);
		},

		/** The office's review: points per criterion (a criterion left out keeps the school's own), a comment. */
		async review(auth: AuthContext, roundId: string, schoolId: string, input: unknown): Promise<ScoreOut> {
			const loaded = await loadRound(auth, roundId);
			const o = schoolIn(loaded, schoolId, 'see');
			if (!loaded.can.manage) throw new AppError('not_found');
			const v = parseInput(reviewInput, input);
			const s = await repo.findScore(k, roundId, o.id);
			if (!s) throw new AppError('conflict', 'errors.emulation.not_submitted');
			const set = (await criteria.lookups.byIds([s.criteria_set_id]))[0]!;
			const self = JSON.parse(s.self_json) as Items;
			const items: Items = {};
			for (const sec of set.sections) for (const c of sec.criteria) if (c.evidence !== 'records') items[c.key] = (v.items as Items)[c.key] ?? { points: self[c.key]?.points ?? 0, note: null };
			for (const [key, x] of Object.entries(v.items as Items)) if (!(key in items)) items[key] = x;
			const total = checkItems(set, items);
			const at = now();
			await transaction(db, async (trx) => {
				await repo.updateScore(trx, s.id, { review_json: JSON.stringify(items), reviewed_total: total, review_comment: v.comment ?? null, reviewed_at: at, reviewed_by_account_id: auth.actor!.accountId, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'emulation_score.review', entityType: 'emulation_round', entityId: roundId, scopeUnitId: loaded.r.unit_id, after: { school: o.id, total } });
			});
			return scoreOut((await repo.findScore(k, roundId, o.id))!, set, o.name);
		},

		/** Records the school's award (a title in plain words, e.g. "Xuất sắc"), once it is reviewed. */
		async award(auth: AuthContext, roundId: string, schoolId: string, input: unknown): Promise<ScoreOut> {
			const loaded = await loadRound(auth, roundId);
			const o = schoolIn(loaded, schoolId, 'see');
			if (!loaded.can.manage) throw new AppError('not_found');
			const v = parseInput(awardInput, input);
			const s = await repo.findScore(k, roundId, o.id);
			if (!s?.reviewed_at) throw new AppError('conflict', 'errors.emulation.not_reviewed');
			const at = now();
			await transaction(db, async (trx) => {
				await repo.updateScore(trx, s.id, { award_title: v.title, award_note: v.note ?? null, awarded_at: at, awarded_by_account_id: auth.actor!.accountId, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'emulation_score.award', entityType: 'emulation_round', entityId: roundId, scopeUnitId: loaded.r.unit_id, after: { school: o.id, title: v.title } });
			});
			const set = (await criteria.lookups.byIds([s.criteria_set_id]))[0]!;
			return scoreOut((await repo.findScore(k, roundId, o.id))!, set, o.name);
		}
	};
}

export type EmulationService = ReturnType<typeof createEmulationService>;
