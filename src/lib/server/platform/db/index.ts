import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResultSet } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
	readonly kysely: Kysely<Database>;
	readonly dialect: DialectName;
	/** the file of an embedded database; null for PostgreSQL or :memory: */
	readonly sqlitePath: string | null;
	/** the raw better-sqlite3 handle (backups, benchmarks); null on PostgreSQL */
	readonly sqlite: SqliteDatabase.Database | null;
	/** the PostgreSQL pool (pg-boss runs its queries on it); null on SQLite */
	readonly pgPool: pg.Pool | null;
	/** statements sent to the database by this process so far (the bench's queries per request) */
	queryCount(): number;
	close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/suotdoi.db';

export type ParsedUrl = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; connectionString: string };

export function parseDatabaseUrl(url: string | undefined): ParsedUrl {
	const u = (url ?? '').trim() || DEFAULT_DATABASE_URL;
	if (u.startsWith('sqlite:')) {
		const path = u.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
		if (!path) throw new Error('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/suotdoi.db');
		return { dialect: 'sqlite', path };
	}
	if (u.startsWith('postgres://') || u.startsWith('postgresql://')) return { dialect: 'postgres', connectionString: u };
	throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${u.split(':')[0]}:…")`);
}

// PostgreSQL: bigint counts arrive as strings; keep them as numbers when they fit.
pg.types.setTypeParser(20, (v) => {
	const n = Number(v);
	return Number.isSafeInteger(n) ? n : v;
});

export function openSqlite(path: string): SqliteDatabase.Database {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const raw = new SqliteDatabase(path);
	raw.pragma('journal_mode = WAL');
	raw.pragma('foreign_keys = ON');
	raw.pragma('busy_timeout = 5000');
	raw.pragma('synchronous = FULL');
	return raw;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * The handle Kysely's SQLite driver prepares every query on, with the prepared statements kept:
 * the same SQL text is compiled by SQLite once, not on every request (most of a page's queries
 * repeat). A statement still being iterated is never handed out twice; the least recently used
 * ones leave when the cache is full (queries with lists of varying length differ in their text).
 */
export function cachingSqlite(raw: SqliteDatabase.Database, size = STATEMENT_CACHE_SIZE): { prepare(sql: string): SqliteDatabase.Statement; close(): void } {
	const cache = new Map<string, SqliteDatabase.Statement>();
	return {
		prepare(text) {
			// Kysely opens a transaction with a deferred `begin`: on a file another process also
			// writes (the CLI, a second app process), a transaction that read first then fails to
			// write with SQLITE_BUSY, and no waiting helps. `begin immediate` takes the write lock
			// at the start, waiting up to busy_timeout for it, so a transaction once begun finishes.
			const sql = text === 'begin' ? 'begin immediate' : text;
			const hit = cache.get(sql);
			if (hit && !hit.busy) {
				cache.delete(sql);
				cache.set(sql, hit);
				return hit;
			}
			const stmt = raw.prepare(sql);
			if (!hit) {
				cache.set(sql, stmt);
				if (cache.size > size) cache.delete(cache.keys().next().value!);
			}
			return stmt;
		},
		close() {
			cache.clear();
			raw.close();
		}
	};
}

/** Opens the database named by the URL. Lazy callers only: never at import time. */
export function createDb(url: string | undefined, opts: { poolSize?: number } = {}): Db {
	const parsed = parseDatabaseUrl(url);
	let queries = 0;
	const log = () => void queries++;
	if (parsed.dialect === 'sqlite') {
		const raw = openSqlite(parsed.path);
		const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingSqlite(raw) }), log });
		return {
			kysely,
			dialect: 'sqlite',
			sqlitePath: parsed.path === ':memory:' ? null : resolve(parsed.path),
			sqlite: raw,
			pgPool: null,
			queryCount: () => queries,
			close: () => kysely.destroy()
		};
	}
	const pool = new pg.Pool({ connectionString: parsed.connectionString, max: opts.poolSize ?? 10 });
	// An idle pooled connection that the server ends (a restart, an administrator) is dropped
	// from the pool and replaced on next use; without a listener pg would crash the process.
	pool.on('error', (e) => console.error(`postgres: an idle connection was lost (${e.message}); the pool will open another`));
	const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
	return { kysely, dialect: 'postgres', sqlitePath: null, sqlite: null, pgPool: pool, queryCount: () => queries, close: () => kysely.destroy() };
}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
	const migrator = new Migrator({
		db: db.kysely,
		provider: { getMigrations: async () => MIGRATIONS },
		migrationTableName: 'schema_migrations',
		migrationLockTableName: 'schema_migrations_lock'
	});
	const result = await migrator.migrateToLatest();
	if (result.error) throw result.error;
	return result;
}

/** Runs fn in a transaction (on SQLite `begin immediate`: see `cachingSqlite`). */
export function transaction<T>(db: Db, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
	return db.kysely.transaction().execute(fn);
}

/** Whether an error is a foreign-key violation (a row still referenced, or a reference to no row). */
export function isForeignKeyViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export type { Database } from './schema';
