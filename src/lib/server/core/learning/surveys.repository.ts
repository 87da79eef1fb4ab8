import type { Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { inScopeSql } from '../../platform/db/scope';
import type { Database, NewRow } from '../../platform/db/schema';

type DB = Kysely<Database>;

export async function insertSurvey(db: DB, row: NewRow<'surveys'>): Promise<void> {
	await db.insertInto('surveys').values(row).execute();
}

export const findSurvey = (db: DB, id: string) =>
	db.selectFrom('surveys as s').innerJoin('organizations as o', 'o.id', 's.org_id').innerJoin('admin_units as u', 'u.id', 's.unit_id').selectAll('s').select(['o.name as org_name', 'u.name as unit_name']).where('s.id', '=', id).executeTakeFirst();

export const openSurveys = (db: DB) =>
	db.selectFrom('surveys as s').innerJoin('organizations as o', 'o.id', 's.org_id').innerJoin('admin_units as u', 'u.id', 's.unit_id').selectAll('s').select(['o.name as org_name', 'u.name as unit_name']).where('s.status', '=', 'open').orderBy('s.created_at', 'desc').execute();

export async function setSurveyStatus(db: DB, id: string, status: string, at: string): Promise<void> {
	await db.updateTable('surveys').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function insertResponse(db: DB, row: NewRow<'survey_responses'>): Promise<void> {
	await db.insertInto('survey_responses').values(row).execute();
}

export const responseOf = (db: DB, surveyId: string, accountId: string) => db.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).where('account_id', '=', accountId).executeTakeFirst();

export const responsesOf = (db: DB, surveyId: string) =>
	db.selectFrom('survey_responses as r').leftJoin('admin_units as v', 'v.id', 'r.village_id').select(['r.topics_json', 'r.age_group', 'r.gender', 'v.name as village_name']).where('r.survey_id', '=', surveyId).execute();

/** Surveys (open or closed) of organisers within a scope, newest first. */
export const surveysInScope = (db: DB, scope: ScopeSet, today: string) =>
	db
		.selectFrom('surveys as s')
		.innerJoin('organizations as o', 'o.id', 's.org_id')
		.innerJoin('admin_units as u', 'u.id', 's.unit_id')
		.selectAll('s')
		.select(['o.name as org_name', 'u.name as unit_name'])
		.where(inScopeSql(scope, 's.unit_id', 's.org_id', today))
		.orderBy('s.created_at', 'desc')
		.execute();
