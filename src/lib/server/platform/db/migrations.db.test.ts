/**
 * Migrations are append-only: a database left at what has landed before reaches the latest
 * schema by running the new migrations alone. Checked from the landed 0001–0002 state.
 */
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeTestDatabase, postgresReachable, TEST_POSTGRES_URL } from '../../testing/databases';
import { createDb, migrateToLatest, type DialectName } from './index';
import { MIGRATIONS } from './migrations';

const LANDED = ['0001_foundation', '0002_news'];

for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
	describe(`migrations [${dialect}]`, () => {
		it('bring a database at the landed 0001–0002 up to the latest schema, news covers included', async () => {
			if (dialect === 'postgres' && !(await postgresReachable())) {
				if (process.env.CI === 'true') throw new Error(`CI=true and PostgreSQL is not reachable at ${TEST_POSTGRES_URL}`);
				return;
			}
			const made = await makeTestDatabase(dialect);
			const db = createDb(made.url);
			try {
				const landed = Object.fromEntries(LANDED.map((name) => [name, MIGRATIONS[name]!]));
				const old = new Migrator({ db: db.kysely, provider: { getMigrations: async () => landed }, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
				expect((await old.migrateToLatest()).error).toBeUndefined();
				const before = (await db.kysely.introspection.getTables()).find((t) => t.name === 'news_items')!.columns.map((c) => c.name);
				expect(before).not.toContain('cover_key');
				const r = await migrateToLatest(db);
				expect(r.results?.map((x) => x.migrationName)).toEqual(Object.keys(MIGRATIONS).filter((n) => !LANDED.includes(n)));
				const after = (await db.kysely.introspection.getTables()).find((t) => t.name === 'news_items')!.columns.map((c) => c.name);
				expect(after).toEqual(expect.arrayContaining(['cover_key', 'cover_thumb_key', 'cover_width', 'cover_height', 'cover_alt']));
				// running it again changes nothing
				expect((await migrateToLatest(db)).results).toEqual([]);
			} finally {
				await db.close();
				await made.drop();
			}
		});
	});
}
