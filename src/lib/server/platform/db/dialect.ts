/**
 * The places where SQL really differs between SQLite and PostgreSQL: full-text search,
 * substring tests and string aggregation. Everything else is written once with Kysely.
 */
import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from './index';

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

/** The group's values joined with commas (an aggregate). */
export function groupConcatSql(dialect: DialectName, column: string): RawBuilder<string> {
	return dialect === 'postgres' ? sql<string>`string_agg(${sql.ref(column)}, ',')` : sql<string>`group_concat(${sql.ref(column)}, ',')`;
}
