/** Campaigns, their directives and assignments: every query of the campaigns module. */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { Database, NewRow, Row } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;
export type CampaignRow = Row<'campaigns'> & { unit_name: string };
export type DirectiveRow = Row<'campaign_directives'>;

const campaignBase = (db: DB) => db.selectFrom('campaigns as c').innerJoin('admin_units as u', 'u.id', 'c.unit_id').selectAll('c').select('u.name as unit_name');

export const findCampaign = (db: DB, id: string): Promise<CampaignRow | undefined> => campaignBase(db).where('c.id', '=', id).executeTakeFirst();

export const insertCampaign = (db: DB, row: NewRow<'campaigns'>) => db.insertInto('campaigns').values(row).execute();

/** Campaigns whose unit is in scope, or that a campaign in scope follows (a commune sees the city's plan it follows). */
export function campaignsInScope(db: DB, scope: ScopeSet, today: string, year: number | null) {
	let q = campaignBase(db).where(
		sql<boolean>`(${inScopeSql(scope, 'c.unit_id', null, today)} or c.id in (select k.parent_campaign_id from campaigns k where k.parent_campaign_id is not null and ${inScopeSql(scope, 'k.unit_id', null, today)}))`
	);
	if (year) q = q.where('c.year', '=', year);
	return q.orderBy('c.year', 'desc').orderBy('c.level').orderBy('u.name').orderBy('c.id').limit(500).execute();
}

/** Commune campaigns following a city campaign. */
export const followers = (db: DB, parentId: string) => db.selectFrom('campaigns').selectAll().where('parent_campaign_id', '=', parentId).execute();

export const directivesOf = (db: DB, campaignIds: readonly string[]) =>
	campaignIds.length ? db.selectFrom('campaign_directives').selectAll().where('campaign_id', 'in', campaignIds).orderBy('position').orderBy('id').execute() : Promise.resolve([] as DirectiveRow[]);

export async function nextPosition(db: DB, campaignId: string): Promise<number> {
	const r = await db.selectFrom('campaign_directives').select((eb) => eb.fn.max('position').as('p')).where('campaign_id', '=', campaignId).executeTakeFirst();
	return Number(r?.p ?? 0) + 1;
}

export const insertDirective = (db: DB, row: NewRow<'campaign_directives'>) => db.insertInto('campaign_directives').values(row).execute();

/** The directory's organisations of the given kinds in a commune's subtree, open on date d. */
export const orgsIn = (db: DB, unitId: string, kinds: readonly string[], d: string) =>
	kinds.length
		? db
				.selectFrom('organizations')
				.select(['id', 'kind', 'email'])
				.where('kind', 'in', kinds)
				.where(sql<boolean>`unit_id in (${unitSubtreeSql([unitId], d)})`)
				.where('valid_from', '<=', d)
				.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', d)]))
				.orderBy('name')
				.execute()
		: Promise.resolve([] as { id: string; kind: string; email: string | null }[]);

export const insertAssignments = async (db: DB, rows: NewRow<'campaign_assignments'>[]) => {
	for (let i = 0; i < rows.length; i += 500) await db.insertInto('campaign_assignments').values(rows.slice(i, i + 500)).execute();
};

const assignmentBase = (db: DB) =>
	db
		.selectFrom('campaign_assignments as a')
		.innerJoin('campaign_directives as d', 'd.id', 'a.directive_id')
		.innerJoin('campaigns as c', 'c.id', 'a.campaign_id')
		.innerJoin('admin_units as u', 'u.id', 'a.unit_id')
		.leftJoin('organizations as o', 'o.id', 'a.org_id')
		.selectAll('a')
		.select(['c.title as campaign_title', 'u.name as unit_name', 'o.name as org_name', 'o.email as org_email', 'd.campaign_id as directive_campaign_id', 'd.position', 'd.title', 'd.body', 'd.actor_kinds', 'd.due_on', 'd.figures as figure_defs']);
export type AssignmentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof assignmentBase>['executeTakeFirst']>>>;

export const findAssignment = (db: DB, id: string) => assignmentBase(db).where('a.id', '=', id).executeTakeFirst();

/** Assignments in scope (an organisation its own; a commune all of its commune's), optionally of one campaign. */
export function assignmentsInScope(db: DB, scope: ScopeSet, today: string, campaignId: string | null) {
	let q = assignmentBase(db).where(inScopeSql(scope, 'a.unit_id', 'a.org_id', today));
	if (campaignId) q = q.where('a.campaign_id', '=', campaignId);
	return q.orderBy('d.due_on').orderBy('d.position').orderBy('o.name').orderBy('a.id').limit(2000).execute();
}

export const assignmentsOfCampaign = (db: DB, campaignId: string) => assignmentBase(db).where('a.campaign_id', '=', campaignId).orderBy('d.position').orderBy('o.name').orderBy('a.id').execute();

export const updateAssignment = (db: DB, id: string, patch: { status: string; figures: string; report: string; reported_at: string; reported_by_account_id: string; updated_at: string }) => db.updateTable('campaign_assignments').set(patch).where('id', '=', id).execute();

export const markReminded = (db: DB, ids: readonly string[], at: string) => (ids.length ? db.updateTable('campaign_assignments').set({ reminded_at: at }).where('id', 'in', ids).execute() : Promise.resolve());

export const campaignsForDirective = (db: DB, campaignId: string) => db.selectFrom('campaigns').select(['id', 'unit_id', 'level']).where((eb) => eb.or([eb('id', '=', campaignId), eb('parent_campaign_id', '=', campaignId)])).execute();

/** Whether unit `inner` lies in the subtree of `outer` on date d. */
export async function unitWithin(db: DB, inner: string, outer: string, d: string): Promise<boolean> {
	const r = await sql<{ ok: number }>`select 1 as ok where ${inner} in (${unitSubtreeSql([outer], d)})`.execute(db);
	return r.rows.length > 0;
}
