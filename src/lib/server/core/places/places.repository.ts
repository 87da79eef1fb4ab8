import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import { normalizeVi } from '../../platform/text';
import type { OrgKind } from './places.schemas';

type DB = Kysely<Database>;

/** valid on date d: from ≤ d < until */
const validOn = (alias: string, d: string): RawBuilder<boolean> =>
	sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${d} and (${sql.ref(`${alias}.valid_until`)} is null or ${sql.ref(`${alias}.valid_until`)} > ${d})`;

export const UNIT_COLUMNS = ['u.id', 'u.code', 'u.name', 'u.level', 'u.kind', 'u.valid_from', 'u.valid_until', 'u.population'] as const;
export type UnitRow = Pick<Row<'admin_units'>, 'id' | 'code' | 'name' | 'level' | 'kind' | 'valid_from' | 'valid_until' | 'population'>;
export type TreeRow = UnitRow & { parent_id: string | null };

/** The whole tree as of date d, in one query (optionally one level only). */
export function treeAsOf(db: DB, d: string, level?: string): Promise<TreeRow[]> {
	let q = db
		.selectFrom('admin_units as u')
		.leftJoin('unit_links as l', (j) => j.onRef('l.unit_id', '=', 'u.id').on(validOn('l', d)))
		.select(UNIT_COLUMNS)
		.select('l.parent_id')
		.where(validOn('u', d));
	if (level) q = q.where('u.level', '=', level);
	return q.execute();
}

export function findUnit(db: DB, id: string): Promise<Row<'admin_units'> | undefined> {
	return db.selectFrom('admin_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export function parentOn(db: DB, unitId: string, d: string): Promise<{ parent_id: string } | undefined> {
	return db.selectFrom('unit_links as l').select('l.parent_id').where('l.unit_id', '=', unitId).where(validOn('l', d)).executeTakeFirst();
}

/** The unit and its ancestors as of date d, nearest first. */
export async function ancestorsOn(db: DB, unitId: string, d: string): Promise<{ id: string; name: string; level: string; depth: number }[]> {
	const r = await sql<{ id: string; name: string; level: string; depth: number }>`
		with recursive up(id, depth) as (
			select ${unitId}, 0
			union
			select l.parent_id, up.depth + 1 from unit_links l join up on l.unit_id = up.id
			where l.valid_from <= ${d} and (l.valid_until is null or l.valid_until > ${d}) and up.depth < 10
		) select u.id, u.name, u.level, up.depth from up join admin_units u on u.id = up.id order by up.depth`.execute(db);
	return r.rows.map((x) => ({ ...x, depth: Number(x.depth) }));
}

export function childrenOn(db: DB, unitId: string, d: string): Promise<TreeRow[]> {
	return db
		.selectFrom('unit_links as l')
		.innerJoin('admin_units as u', 'u.id', 'l.unit_id')
		.select(UNIT_COLUMNS)
		.select('l.parent_id')
		.where('l.parent_id', '=', unitId)
		.where(validOn('l', d))
		.where(validOn('u', d))
		.orderBy('u.name')
		.execute();
}

export function parentHistory(db: DB, unitId: string) {
	return db
		.selectFrom('unit_links as l')
		.innerJoin('admin_units as p', 'p.id', 'l.parent_id')
		.select(['l.parent_id', 'p.name as parent_name', 'l.valid_from', 'l.valid_until'])
		.where('l.unit_id', '=', unitId)
		.orderBy('l.valid_from')
		.execute();
}

export function lineageOf(db: DB, unitId: string) {
	return db
		.selectFrom('unit_lineage as x')
		.innerJoin('admin_units as f', 'f.id', 'x.from_unit_id')
		.innerJoin('admin_units as t', 't.id', 'x.to_unit_id')
		.select(['x.event', 'x.from_unit_id', 'f.name as from_name', 'x.to_unit_id', 't.name as to_name', 'x.effective_date', 'x.note'])
		.where((eb) => eb.or([eb('x.from_unit_id', '=', unitId), eb('x.to_unit_id', '=', unitId)]))
		.orderBy('x.effective_date')
		.orderBy('f.name')
		.execute();
}

export async function insertUnit(db: DB, row: Omit<NewRow<'admin_units'>, 'search_text'>): Promise<void> {
	await db.insertInto('admin_units').values({ ...row, search_text: normalizeVi(row.name) }).execute();
}

export async function updateUnit(db: DB, id: string, patch: RowPatch<'admin_units'>): Promise<void> {
	const p = patch.name ? { ...patch, search_text: normalizeVi(String(patch.name)) } : patch;
	await db.updateTable('admin_units').set(p).where('id', '=', id).execute();
}

export async function insertLink(db: DB, row: NewRow<'unit_links'>): Promise<void> {
	await db.insertInto('unit_links').values(row).execute();
}

/** Links of children still under the unit on or after date d. */
export async function childLinksAfter(db: DB, unitId: string, d: string): Promise<number> {
	const r = await db
		.selectFrom('unit_links')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('parent_id', '=', unitId)
		.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', d)]))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Ends the unit's links to its parents on date d. */
export async function closeLinks(db: DB, unitId: string, d: string): Promise<void> {
	await db
		.updateTable('unit_links')
		.set({ valid_until: d })
		.where('unit_id', '=', unitId)
		.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', d)]))
		.execute();
}

/** Every organisation in force on d, by name (pickers). */
export function allOrgNames(db: DB, d: string) {
	return db
		.selectFrom('organizations as o')
		.innerJoin('admin_units as u', 'u.id', 'o.unit_id')
		.select(['o.id', 'o.name', 'u.name as unit_name'])
		.where(validOn('o', d))
		.orderBy('u.name')
		.orderBy('o.name')
		.execute();
}

export async function countUnits(db: DB): Promise<number> {
	const r = await db.selectFrom('admin_units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(r.n);
}

// Organisations

export type OrgRow = Row<'organizations'> & { unit_name: string };

const orgBase = (db: DB) => db.selectFrom('organizations as o').innerJoin('admin_units as u', 'u.id', 'o.unit_id').selectAll('o').select('u.name as unit_name');

export function findOrg(db: DB, id: string): Promise<OrgRow | undefined> {
	return orgBase(db).where('o.id', '=', id).executeTakeFirst();
}

export interface OrgFilter {
	underUnit?: string | undefined;
	kind?: OrgKind | undefined;
	q?: string | undefined;
	scope?: ScopeSet;
	activeOn: string;
	limit: number;
	offset: number;
}

export async function listOrgs(db: DB, f: OrgFilter): Promise<{ rows: OrgRow[]; total: number }> {
	let q = orgBase(db).where(validOn('o', f.activeOn));
	if (f.underUnit) q = q.where(sql<boolean>`o.unit_id in (${unitSubtreeSql([f.underUnit], f.activeOn)})`);
	if (f.kind) q = q.where('o.kind', '=', f.kind);
	if (f.q) {
		const needle = normalizeVi(f.q);
		if (needle) q = q.where('o.search_text', 'like', `%${needle.replace(/[%_\\]/g, '')}%`);
	}
	if (f.scope) q = q.where(inScopeSql(f.scope, 'o.unit_id', 'o.id', f.activeOn));
	const [rows, count] = await Promise.all([
		q.orderBy('u.name').orderBy('o.kind').orderBy('o.name').limit(f.limit).offset(f.offset).execute(),
		q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

export async function insertOrg(db: DB, row: Omit<NewRow<'organizations'>, 'search_text'>): Promise<void> {
	await db.insertInto('organizations').values({ ...row, search_text: normalizeVi(row.name) }).execute();
}

export async function updateOrg(db: DB, id: string, patch: RowPatch<'organizations'>): Promise<void> {
	const p = patch.name ? { ...patch, search_text: normalizeVi(String(patch.name)) } : patch;
	await db.updateTable('organizations').set(p).where('id', '=', id).execute();
}

/** Units in force on d that lie within the scope's unit subtrees (for pickers). */
export function unitsInScope(db: DB, scope: ScopeSet, d: string): Promise<TreeRow[]> {
	return db
		.selectFrom('admin_units as u')
		.leftJoin('unit_links as l', (j) => j.onRef('l.unit_id', '=', 'u.id').on(validOn('l', d)))
		.select(UNIT_COLUMNS)
		.select('l.parent_id')
		.where(validOn('u', d))
		.where(inScopeSql({ ...scope, orgIds: [] }, 'u.id', null, d))
		.orderBy('u.level')
		.orderBy('u.name')
		.execute();
}
