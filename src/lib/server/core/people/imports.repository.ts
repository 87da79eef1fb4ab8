import type SqliteDatabase from 'better-sqlite3';
import { lockRows } from '../../platform/db/dialect';
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import type { ScopeSet } from '../../platform/access';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import { birthKey } from './imports.rules';

type DB = Kysely<Database>;

/** Villages in force on d under the unit (the unit itself if it is a village). */
export const villagesUnder = (db: DB, unitId: string, d: string) =>
	db
		.selectFrom('admin_units as u')
		.select(['u.id', 'u.name', 'u.code'])
		.where('u.level', '=', 'village')
		.where('u.valid_from', '<=', d)
		.where((eb) => eb.or([eb('u.valid_until', 'is', null), eb('u.valid_until', '>', d)]))
		.where(sql<boolean>`u.id in (${unitSubtreeSql([unitId], d)})`)
		.execute();

/** The duplicate keys (folded name, birth date or year alone, village) of the active residents of these villages. */
export async function existingKeys(db: DB, villageIds: string[]): Promise<Set<string>> {
	const keys = new Set<string>();
	if (!villageIds.length) return keys;
	const rows = await db.selectFrom('residents').select(['search_text', 'birth_date', 'birth_precision', 'village_id']).where('status', '=', 'active').where('village_id', 'in', villageIds).execute();
	for (const r of rows) keys.add(`${r.search_text}|${birthKey(r.birth_date, r.birth_precision)}|${r.village_id}`);
	return keys;
}

export async function insertImport(db: DB, row: NewRow<'people_imports'>): Promise<void> {
	await db.insertInto('people_imports').values(row).execute();
}

export const findImport = (db: DB, id: string): Promise<Row<'people_imports'> | undefined> => db.selectFrom('people_imports').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateImport(db: DB, id: string, patch: RowPatch<'people_imports'>): Promise<void> {
	await db.updateTable('people_imports').set(patch).where('id', '=', id).execute();
}

/** Moves an import from one status to another; false when another request got there first. */
export async function claimImport(db: DB, id: string, from: string, to: string, at: string): Promise<boolean> {
	const r = await db.updateTable('people_imports').set({ status: to, updated_at: at }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

const statements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * Inserts a batch. On SQLite, pass the raw connection (only inside a transaction, which holds
 * the connection): one prepared single-row statement, run per row, is several times faster
 * than a 1,000-row VALUES list that SQLite must parse afresh every time. On PostgreSQL a
 * multi-row VALUES list (one round trip) is the fast way.
 */
export async function insertRows<T extends 'residents' | 'households'>(db: DB, table: T, rows: NewRow<T>[], raw: SqliteDatabase.Database | null): Promise<void> {
	if (!rows.length) return;
	if (!raw) {
		await db.insertInto(table).values(rows as never).execute();
		return;
	}
	const columns = Object.keys(rows[0]!);
	const key = `${table}(${columns.join(',')})`;
	let cache = statements.get(raw);
	if (!cache) statements.set(raw, (cache = new Map()));
	let stmt = cache.get(key);
	if (!stmt) {
		stmt = raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
		cache.set(key, stmt);
	}
	for (const row of rows) stmt.run(columns.map((c) => (row as Record<string, unknown>)[c] ?? null));
}

/** Makes an import's staged residents active, in one statement. */
export async function activateImported(db: DB, importId: string, at: string): Promise<number> {
	const r = await db.updateTable('residents').set({ status: 'active', updated_at: at }).where('import_id', '=', importId).where('status', '=', 'importing').executeTakeFirst();
	return Number(r.numUpdatedRows);
}

/** Removes what an unfinished import staged. */
export async function discardImported(db: DB, importId: string): Promise<void> {
	await db.deleteFrom('residents').where('import_id', '=', importId).where('status', '=', 'importing').execute();
	await db
		.deleteFrom('households')
		.where('import_id', '=', importId)
		.where((eb) => eb.not(eb.exists(eb.selectFrom('residents as r').select('r.id').whereRef('r.household_id', '=', 'households.id'))))
		.execute();
}

/** Imports left 'committing' by a process that stopped before finishing. */
export const staleImports = (db: DB, before: string) => db.selectFrom('people_imports').select('id').where('status', '=', 'committing').where('updated_at', '<', before).execute();

export const recentImports = (db: DB, scope: ScopeSet, d: string, limit: number) =>
	db.selectFrom('people_imports as i').innerJoin('admin_units as u', 'u.id', 'i.unit_id').innerJoin('accounts as a', 'a.id', 'i.created_by_account_id')
		.select(['i.id', 'i.file_name', 'i.status', 'i.total_rows', 'i.rejected_rows', 'i.processed_rows', 'i.created_at', 'i.committed_at', 'u.name as unit_name', 'a.display_name as created_by'])
		.where(inScopeSql(scope, 'i.unit_id', null, d))
		.orderBy('i.created_at', 'desc')
		.limit(limit)
		.execute();

/**
 * Serialises activations that touch the same villages (PostgreSQL: row locks on the villages,
 * taken in id order; SQLite: the one writer already serialises transactions).
 */
export const lockVillages = (db: DB, dialect: DialectName, villageIds: string[]): Promise<void> => lockRows(db, dialect, 'admin_units', villageIds);

/** Staged rows that an active resident (written meanwhile, e.g. by another import) now duplicates. */
export const stagedDuplicates = (db: DB, importId: string, limit: number) =>
	db
		.selectFrom('residents as s')
		.innerJoin('residents as a', (j) => j.onRef('a.search_text', '=', 's.search_text').onRef('a.birth_date', '=', 's.birth_date').onRef('a.birth_precision', '=', 's.birth_precision').onRef('a.village_id', '=', 's.village_id'))
		.select('s.id')
		.where('s.import_id', '=', importId)
		.where('s.status', '=', 'importing')
		.where('a.status', '=', 'active')
		.limit(limit)
		.execute();
