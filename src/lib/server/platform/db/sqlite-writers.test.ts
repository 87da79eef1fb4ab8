/**
 * Two processes writing one SQLite file (the app and the CLI, or two app processes): a
 * transaction that has begun must be able to finish. With SQLite's deferred `begin`, a
 * transaction that read, then saw another connection commit, could no longer write
 * (SQLITE_BUSY_SNAPSHOT, and waiting does not help); the platform begins immediately instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, openSqlite, transaction } from './index';

let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite with a second writer', () => {
	it('a transaction that has read still writes when another connection tries to write in between; the other is the one told to wait', async () => {
		dir = mkdtempSync(join(tmpdir(), 'suotdoi-writers-'));
		const file = join(dir, 'x.db');
		const db = createDb(`sqlite:${file}`);
		await sql`create table t (n integer not null)`.execute(db.kysely);
		await sql`insert into t (n) values (1)`.execute(db.kysely);
		// the other process: a connection of its own that does not wait for the lock
		const other = openSqlite(file);
		other.pragma('busy_timeout = 0');
		let otherError = '';
		await transaction(db, async (trx) => {
			const before = await sql<{ n: number }>`select sum(n) as n from t`.execute(trx);
			expect(before.rows[0]!.n).toBe(1);
			try {
				other.prepare('insert into t (n) values (100)').run();
			} catch (e) {
				otherError = (e as { code?: string }).code ?? String(e);
			}
			await sql`insert into t (n) values (${before.rows[0]!.n + 1})`.execute(trx);
		});
		expect(otherError).toBe('SQLITE_BUSY');
		const after = await sql<{ n: number }>`select sum(n) as n from t`.execute(db.kysely);
		expect(after.rows[0]!.n).toBe(3);
		other.close();
		await db.close();
	});
});
