/**
 * Migrations are append-only: a database left at what has landed before reaches the latest
 * schema by running the new migrations alone. Checked from the landed 0001–0002 state.
 */
import { Migrator } from 'kysely';
import { buildServices } from '../../app';
import { seedDemo } from '../../demo/seed';
import { authAs } from '../../testing/actors';
import { describe, expect, it } from 'vitest';
import { makeTestDatabase, postgresReachable, TEST_POSTGRES_URL } from '../../testing/databases';
import { createDb, migrateToLatest, type Db, type DialectName } from './index';
import { MIGRATIONS } from './migrations';

const LANDED = ['0001_foundation', '0002_news'];

/** Runs fn on a fresh, empty database of the dialect, dropped afterwards. */
async function onFreshDatabase(dialect: DialectName, fn: (db: Db) => Promise<void>): Promise<void> {
	if (dialect === 'postgres' && !(await postgresReachable())) {
		if (process.env.CI === 'true') throw new Error(`CI=true and PostgreSQL is not reachable at ${TEST_POSTGRES_URL}`);
		return;
	}
	const made = await makeTestDatabase(dialect);
	const db = createDb(made.url);
	try {
		await fn(db);
	} finally {
		await db.close();
		await made.drop();
	}
}

for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
	describe(`migrations [${dialect}]`, () => {
		it('bring a database at the landed 0001–0002 up to the latest schema, news covers included', async () => {
			await onFreshDatabase(dialect, async (db) => {
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
			});
		});

		it('0013 keeps the earliest of a learner\'s doubled completions, and starts each book after its last number', async () => {
			await onFreshDatabase(dialect, async (db) => {
				await migrateToLatest(db);
				const services = buildServices(db);
				await seedDemo(services, { residents: false, funds: false });
				const admin = await authAs(services, 'admin');
				const village = (await db.kysely.selectFrom('admin_units').select('id').where('level', '=', 'village').executeTakeFirstOrThrow()).id;
				await services.people.create(admin, { fullName: 'Nguyễn Thị Trùng', birthDate: '1960-01-01', gender: 'female', villageId: village });
				const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => MIGRATIONS }, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
				// back to just before 0013 (the migrations after it go down first)
				const down = await migrator.migrateTo('0012_lesson_media');
				expect(down.results?.map((x) => x.migrationName).at(-1)).toBe('0013_completion_once');
				// what the concurrency defect left behind: the same resident completing a course twice, numbers 1 and 2 of a book
				const k = db.kysely;
				const course = await k.selectFrom('courses').select(['id', 'org_id']).executeTakeFirstOrThrow();
				const resident = await k.selectFrom('residents').select(['id', 'full_name']).executeTakeFirstOrThrow();
				for (const [n, at] of [
					[1, '2099-01-02T03:00:00.000Z'],
					[2, '2099-01-02T03:00:00.001Z']
				] as const) {
					const completionId = `01900000-0000-7000-8000-00000000d0b${n}`;
					await k.insertInto('completions').values({ id: completionId, course_id: course.id, account_id: null, resident_id: resident.id, hours: 4, completed_at: at }).execute();
					await k
						.insertInto('certificates')
						.values({ id: `01900000-0000-7000-8000-00000000c0b${n}`, code: `DOUBLED${n}`, number: `00${n}/2099/GCN-X`, org_id: course.org_id, year: 2099, seq: n, completion_id: completionId, course_id: course.id, account_id: null, resident_id: resident.id, learner_name: resident.full_name, course_title: 'Khóa học', hours: 4, issued_on: '2099-01-02', revoked_at: null, revoked_reason: null, revoked_by_account_id: null } as never) // the table as 0012 left it
						.execute();
				}
				expect((await migrateToLatest(db)).results?.map((x) => x.migrationName)[0]).toBe('0013_completion_once');
				const left = await k.selectFrom('certificates').select('code').where('course_id', '=', course.id).where('resident_id', '=', resident.id).execute();
				expect(left.map((c) => c.code)).toEqual(['DOUBLED1']);
				expect(await k.selectFrom('completions').select('id').where('course_id', '=', course.id).where('resident_id', '=', resident.id).execute()).toHaveLength(1);
				const book = await k.selectFrom('certificate_books').select('last_seq').where('org_id', '=', course.org_id).where('year', '=', 2099).executeTakeFirstOrThrow();
				expect(Number(book.last_seq)).toBe(1);
				// and a double can no longer be written
				await expect(k.insertInto('completions').values({ id: '01900000-0000-7000-8000-00000000d0b9', course_id: course.id, account_id: null, resident_id: resident.id, hours: 4, completed_at: '2099-01-03T00:00:00.000Z' }).execute()).rejects.toThrow();
			});
		});
	});
}
