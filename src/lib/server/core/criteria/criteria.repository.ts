/** Every query of the criteria sets: versions by subject kind and year, never an update. */
import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';

type DB = Kysely<Database>;
export type CriteriaSetRow = Row<'criteria_sets'>;

export const setsOf = (db: DB, kind: string) => db.selectFrom('criteria_sets').selectAll().where('subject_kind', '=', kind).orderBy('year', 'desc').orderBy('version', 'desc').execute();
export const findSet = (db: DB, id: string) => db.selectFrom('criteria_sets').selectAll().where('id', '=', id).executeTakeFirst();
export const findSets = (db: DB, ids: string[]) => (ids.length ? db.selectFrom('criteria_sets').selectAll().where('id', 'in', ids).execute() : Promise.resolve([] as CriteriaSetRow[]));
/** The set in force for a year: the latest version of the latest year not after it. */
export const currentSet = (db: DB, kind: string, year: number) =>
	db.selectFrom('criteria_sets').selectAll().where('subject_kind', '=', kind).where('year', '<=', year).orderBy('year', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
export const latestVersion = async (db: DB, kind: string, year: number) =>
	Number((await db.selectFrom('criteria_sets').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('subject_kind', '=', kind).where('year', '=', year).executeTakeFirstOrThrow()).v);
export const insertSet = (db: DB, row: NewRow<'criteria_sets'>) => db.insertInto('criteria_sets').values(row).execute();
/** Which of the sets an assessment (a title's, a school's emulation score) was scored under. */
export const setsInUse = async (db: DB, ids: string[]) => {
	if (!ids.length) return new Set<string>();
	const [titles, emulation] = await Promise.all([
		db.selectFrom('title_assessments').select('criteria_set_id').distinct().where('criteria_set_id', 'in', ids).execute(),
		db.selectFrom('emulation_scores').select('criteria_set_id').distinct().where('criteria_set_id', 'in', ids).execute()
	]);
	return new Set([...titles, ...emulation].map((r) => r.criteria_set_id));
};
