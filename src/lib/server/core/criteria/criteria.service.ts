/**
 * Criteria sets as versioned data, for any subject kind (learning titles now; the schools'
 * emulation next). Reading needs a signed-in staff member (or is done by the module that scores);
 * adding a version needs `criteria.manage` everywhere (administrators). A new version is always a
 * new row — a set already made, whether used or not, is never changed — so every assessment keeps
 * the version it was scored under.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import * as repo from './criteria.repository';
import { criteriaSetInput, normaliseSections, SUBJECT_KINDS, type CriteriaSetOut, type Section, type SubjectKind } from './criteria.schemas';
import { isUniqueViolation } from '../../platform/db/dialect';

export interface CriteriaDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
}

export const isSubjectKind = (k: string): k is SubjectKind => (SUBJECT_KINDS as readonly string[]).includes(k);

export function setOut(r: repo.CriteriaSetRow, inUse?: boolean): CriteriaSetOut {
	return {
		id: r.id,
		subjectKind: r.subject_kind,
		year: Number(r.year),
		version: Number(r.version),
		name: r.name,
		basis: r.basis,
		maxPoints: Number(r.max_points),
		passMark: Number(r.pass_mark),
		confirmed: Number(r.confirmed) === 1,
		note: r.note,
		createdAt: r.created_at,
		sections: JSON.parse(r.sections_json) as Section[],
		...(inUse !== undefined && { inUse })
	};
}

export function createCriteriaService({ db, clock, access }: CriteriaDeps) {
	const k = db.kysely;

	/** Inserts the next version of a kind's set for a year (in the caller's transaction or its own). */
	async function insertVersion(by: string | null, kind: SubjectKind, input: unknown, trx = k) {
		const v = parseInput(criteriaSetInput, input);
		const sections = normaliseSections(v.sections);
		const max = sections.reduce((a, s) => a + s.criteria.reduce((b, c) => b + c.points, 0), 0);
		const id = newId();
		const version = (await repo.latestVersion(trx, kind, v.year)) + 1;
		await repo.insertSet(trx, { id, subject_kind: kind, year: v.year, version, name: v.name, basis: v.basis ?? null, max_points: max, pass_mark: v.passMark, sections_json: JSON.stringify(sections), confirmed: v.confirmed ? 1 : 0, note: v.note ?? null, created_by_account_id: by, created_at: clock.now().toISOString() });
		return id;
	}

	return {
		/** Every version of a kind's sets (latest first), each saying whether it is in use. */
		async list(auth: AuthContext, kind: string): Promise<CriteriaSetOut[]> {
			requireActor(auth);
			if (!isSubjectKind(kind)) throw new AppError('not_found');
			const rows = await repo.setsOf(k, kind);
			const used = await repo.setsInUse(
				k,
				rows.map((r) => r.id)
			);
			return rows.map((r) => setOut(r, used.has(r.id)));
		},

		async get(auth: AuthContext, id: string): Promise<CriteriaSetOut> {
			requireActor(auth);
			const r = id.length <= 40 ? await repo.findSet(k, id) : undefined;
			if (!r) throw new AppError('not_found');
			return setOut(r, (await repo.setsInUse(k, [r.id])).has(r.id));
		},

		/** Whether the actor may add versions (administrators). */
		canAdd: (auth: AuthContext) => access.allows(auth, 'criteria.manage', { unitId: null }),

		/** Adds a new version (administrators). Never changes one that exists. */
		async addVersion(auth: AuthContext, kind: string, input: unknown): Promise<CriteriaSetOut> {
			requireActor(auth);
			await access.requireAccess(auth, 'criteria.manage', { unitId: null });
			if (!isSubjectKind(kind)) throw new AppError('not_found');
			try {
				const id = await transaction(db, async (trx) => {
					const id = await insertVersion(auth.actor!.accountId, kind, input, trx);
					await recordAudit(trx, clock, auth, { action: 'criteria_set.version', entityType: 'criteria_set', entityId: id, after: { kind } });
					return id;
				});
				return setOut((await repo.findSet(k, id))!, false);
			} catch (e) {
				if (isUniqueViolation(e)) throw invalidField('name', 'errors.criteria.version_race');
				throw e;
			}
		},

		/** For other modules (not for routes): the set in force for a kind and year, and a set by id. */
		lookups: {
			current: async (kind: SubjectKind, year: number) => {
				const r = await repo.currentSet(k, kind, year);
				return r ? setOut(r) : null;
			},
			byIds: async (ids: string[]) => (await repo.findSets(k, ids)).map((r) => setOut(r)),
			/** Seeds a version without an actor (the seed of a fresh install, the demo). */
			seed: (kind: SubjectKind, input: unknown) => insertVersion(null, kind, input)
		}
	};
}

export type CriteriaService = ReturnType<typeof createCriteriaService>;
