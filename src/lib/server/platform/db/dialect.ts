/**
 * The places where SQL really differs between SQLite and PostgreSQL: full-text search,
 * substring tests, string aggregation, row locks and serializable transactions, and how each
 * says a unique index refused a row. Everything else is written once with Kysely.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema';
import type { Db, DialectName } from './index';

/** Whether an error is a unique index (or primary key) refusing a row, on either database. */
export function isUniqueViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** FTS5 MATCH expression: every token required, the last one as a prefix. */
export function fts5Query(tokens: readonly string[]): string {
	return tokens.map((t, i) => `"${t.replace(/"/g, '')}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
}

/** to_tsquery('simple', …) text: every token required, the last one as a prefix. */
export function tsQuery(tokens: readonly string[]): string {
	return tokens.map((t, i) => `${t.replace(/[^\p{L}\p{N}]/gu, '')}${i === tokens.length - 1 ? ':*' : ''}`).join(' & ');
}

/** 1 when the column contains the needle (case as stored), else 0. */
export function containsSql(dialect: DialectName, column: string, needle: string): RawBuilder<number> {
	return dialect === 'postgres'
		? sql<number>`(case when strpos(${sql.ref(column)}, ${needle}) > 0 then 1 else 0 end)`
		: sql<number>`(case when instr(${sql.ref(column)}, ${needle}) > 0 then 1 else 0 end)`;
}

/**
 * The best `limit` full-text matches of the folded tokens among rows of the given statuses,
 * as a subquery of (id, rank), lower rank first: bm25 over the FTS5 table on SQLite, ts_rank
 * over the tsvector column on PostgreSQL.
 */
export function fullTextCandidatesSql(dialect: DialectName, t: { table: string; ftsTable: string; tokens: readonly string[]; statuses: readonly string[]; limit: number }): RawBuilder<{ id: string; rank: number }> {
	if (dialect === 'postgres') {
		const q = tsQuery(t.tokens);
		return sql<{ id: string; rank: number }>`(select id, -ts_rank(search_tsv, to_tsquery('simple', ${q})) as rank from ${sql.table(t.table)} where search_tsv @@ to_tsquery('simple', ${q}) and status in (${sql.join([...t.statuses])}) order by rank limit ${t.limit})`;
	}
	return sql<{ id: string; rank: number }>`(select id, rank from ${sql.table(t.ftsTable)} where ${sql.table(t.ftsTable)} match ${fts5Query(t.tokens)} order by rank limit ${t.limit})`;
}

/**
 * Locks rows until the transaction ends, in id order (no deadlock between two lockers). On
 * PostgreSQL, SELECT … FOR UPDATE; on SQLite nothing is needed: its one writer serialises.
 */
export async function lockRows(db: Kysely<Database>, dialect: DialectName, table: 'courses' | 'admin_units' | 'funds', ids: readonly string[]): Promise<void> {
	if (dialect !== 'postgres' || !ids.length) return;
	await sql`select id from ${sql.table(table)} where id in (${sql.join([...ids].sort().map((v) => sql`${v}`))}) order by id for update`.execute(db);
}

/**
 * A transaction that behaves as if it ran alone: SERIALIZABLE on PostgreSQL (a conflicting
 * concurrent one fails and `onConflict` says what that means), the one writer on SQLite.
 */
export async function serializableTransaction<T>(db: Db, fn: (trx: Kysely<Database>) => Promise<T>, onConflict: (e: unknown) => never): Promise<T> {
	if (db.dialect !== 'postgres') return db.kysely.transaction().execute(fn);
	return db.kysely.transaction().setIsolationLevel('serializable').execute(fn).catch(onConflict);
}

/** The group's values joined with commas (an aggregate). */
export function groupConcatSql(dialect: DialectName, column: string): RawBuilder<string> {
	return dialect === 'postgres' ? sql<string>`string_agg(${sql.ref(column)}, ',')` : sql<string>`group_concat(${sql.ref(column)}, ',')`;
}
