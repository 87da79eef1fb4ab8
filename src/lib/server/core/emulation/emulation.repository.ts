/** Every query of the schools' emulation and the joint school–centre activities. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type RoundRow = Row<'emulation_rounds'> & { unit_name: string };
export type ScoreRow = Row<'emulation_scores'>;
export type OrgLite = { id: string; name: string; kind: string; unit_id: string };

export const findUnit = (db: DB, id: string) => db.selectFrom('admin_units').select(['id', 'name', 'level']).where('id', '=', id).executeTakeFirst();
export const findOrg = (db: DB, id: string): Promise<OrgLite | undefined> => db.selectFrom('organizations').select(['id', 'name', 'kind', 'unit_id']).where('id', '=', id).executeTakeFirst();
export const findOrgs = (db: DB, ids: string[]): Promise<OrgLite[]> => (ids.length ? db.selectFrom('organizations').select(['id', 'name', 'kind', 'unit_id']).where('id', 'in', ids).execute() : Promise.resolve([]));

/** The unit and its ancestors as of d (the unit first). */
export async function ancestorIds(db: DB, unitId: string, d: string): Promise<string[]> {
	const r = await sql<{ id: string }>`
		with recursive up(id, depth) as (
			select ${unitId}, 0
			union
			select l.parent_id, up.depth + 1 from unit_links l join up on l.unit_id = up.id
			where l.valid_from <= ${d} and (l.valid_until is null or l.valid_until > ${d}) and up.depth < 10
		) select id from up order by depth`.execute(db);
	return r.rows.map((x) => x.id);
}

const roundBase = (db: DB) => db.selectFrom('emulation_rounds as r').innerJoin('admin_units as u', 'u.id', 'r.unit_id').selectAll('r').select('u.name as unit_name');
export const findRound = (db: DB, id: string): Promise<RoundRow | undefined> => roundBase(db).where('r.id', '=', id).executeTakeFirst();
export const insertRound = (db: DB, row: NewRow<'emulation_rounds'>) => db.insertInto('emulation_rounds').values(row).execute();
export const updateRound = (db: DB, id: string, patch: RowPatch<'emulation_rounds'>) => db.updateTable('emulation_rounds').set(patch).where('id', '=', id).execute();

/** Rounds whose unit lies in the scope's subtrees, or is one of the given units (above the actor's schools). */
export function roundsIn(db: DB, scope: ScopeSet, aboveSchools: string[], d: string, year?: number): Promise<RoundRow[]> {
	const inScope = inScopeSql(scope, 'r.unit_id', null, d);
	const above = aboveSchools.length ? sql<boolean>`r.unit_id in (${sql.join(aboveSchools.map((u) => sql`${u}`))})` : sql<boolean>`1 = 0`;
	let q = roundBase(db).where(sql<boolean>`(${inScope} or ${above})`);
	if (year) q = q.where('r.school_year', '=', year);
	return q.orderBy('r.school_year', 'desc').orderBy('u.name').execute();
}

/** The schools (organisations of kind school, valid on d) in the round's unit subtree. */
export const schoolsUnder = (db: DB, unitId: string, d: string): Promise<OrgLite[]> =>
	db
		.selectFrom('organizations')
		.select(['id', 'name', 'kind', 'unit_id'])
		.where('kind', '=', 'school')
		.where('valid_from', '<=', d)
		.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', d)]))
		.where(sql<boolean>`unit_id in (${unitSubtreeSql([unitId], d)})`)
		.orderBy('name')
		.execute();

export const scoresOf = (db: DB, roundId: string): Promise<ScoreRow[]> => db.selectFrom('emulation_scores').selectAll().where('round_id', '=', roundId).execute();
export const findScore = (db: DB, roundId: string, schoolId: string): Promise<ScoreRow | undefined> => db.selectFrom('emulation_scores').selectAll().where('round_id', '=', roundId).where('school_org_id', '=', schoolId).executeTakeFirst();
export const insertScore = (db: DB, row: NewRow<'emulation_scores'>) => db.insertInto('emulation_scores').values(row).execute();
export const updateScore = (db: DB, id: string, patch: RowPatch<'emulation_scores'>) => db.updateTable('emulation_scores').set(patch).where('id', '=', id).execute();

// joint school–centre activities
export type ActivityRow = Row<'school_centre_activities'> & { school_name: string; centre_name: string };
const activityBase = (db: DB) =>
	db
		.selectFrom('school_centre_activities as a')
		.innerJoin('organizations as s', 's.id', 'a.school_org_id')
		.innerJoin('organizations as c', 'c.id', 'a.centre_org_id')
		.selectAll('a')
		.select(['s.name as school_name', 'c.name as centre_name']);
export const insertActivity = (db: DB, row: NewRow<'school_centre_activities'>) => db.insertInto('school_centre_activities').values(row).execute();
export const findActivity = (db: DB, id: string): Promise<ActivityRow | undefined> => activityBase(db).where('a.id', '=', id).executeTakeFirst();

/** Activities of one organisation (either side), or every one either side of which is in scope; newest first. */
export function activitiesIn(db: DB, f: { orgId?: string; scope?: ScopeSet; from?: string; until?: string; d: string; limit: number }): Promise<ActivityRow[]> {
	let q = activityBase(db);
	if (f.orgId) q = q.where((eb) => eb.or([eb('a.school_org_id', '=', f.orgId!), eb('a.centre_org_id', '=', f.orgId!)]));
	if (f.scope) q = q.where(sql<boolean>`(${inScopeSql(f.scope, 's.unit_id', 's.id', f.d)} or ${inScopeSql(f.scope, 'c.unit_id', 'c.id', f.d)})`);
	if (f.from) q = q.where('a.held_on', '>=', f.from);
	if (f.until) q = q.where('a.held_on', '<=', f.until);
	return q.orderBy('a.held_on', 'desc').orderBy('a.id', 'desc').limit(f.limit).execute();
}

/** Schools and learning centres (valid on d) under the units (everywhere with null), by name. */
export function orgsOfKinds(db: DB, units: string[] | null, d: string): Promise<OrgLite[]> {
	let q = db
		.selectFrom('organizations')
		.select(['id', 'name', 'kind', 'unit_id'])
		.where('kind', 'in', ['school', 'learning_centre'])
		.where('valid_from', '<=', d)
		.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', d)]));
	if (units) q = q.where(sql<boolean>`unit_id in (${unitSubtreeSql(units, d)})`);
	return q.orderBy('name').limit(1000).execute();
}
