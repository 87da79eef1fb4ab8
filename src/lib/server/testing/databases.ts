/**
 * Every database test runs on both SQLite and PostgreSQL: `describeEachDatabase` makes a
 * fresh, migrated database of each kind for the suite and drops it afterwards. PostgreSQL is
 * reached at TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres). When it
 * is unreachable the PostgreSQL half fails under CI=true and is reported as skipped otherwise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { linksFor } from '../platform/links';
import { createJobs } from '../platform/jobs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { buildServices, type Services } from '../app';
import { ManualClock } from '../platform/clock';
import { createDb, migrateToLatest, type DialectName } from '../platform/db';
import { localFileStore } from '../platform/files';
import { databaseFileStore } from '../platform/files-db';
import { seedDemo } from '../demo/seed';
import { createMailer } from '../platform/mail';
import { startSmtp, type TestSmtp } from './smtp';

/** The public origin the services of database tests make their links with. */
export const TEST_ORIGIN = 'http://suotdoi.test';

// a letter the SMTP server refused is tried again after a second (then two, four…), not a minute
process.env.MAIL_RETRY_SECONDS ??= '1';

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let pgReachable: Promise<boolean> | null = null;
export function postgresReachable(): Promise<boolean> {
	pgReachable ??= (async () => {
		const c = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
		try {
			await c.connect();
			await c.query('select 1');
			return true;
		} catch {
			return false;
		} finally {
			await c.end().catch(() => {});
		}
	})();
	return pgReachable;
}

const withDatabase = (url: string, name: string) => {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
};

/** Creates an empty database and answers its URL and a function that drops it. */
export async function makeTestDatabase(dialect: DialectName): Promise<{ url: string; drop: () => Promise<void> }> {
	const tag = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	if (dialect === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'suotdoi-test-'));
		return { url: `sqlite:${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
	}
	if (!(await postgresReachable())) throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}`);
	const name = `suotdoi_test_${tag}`;
	const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	return {
		url: withDatabase(TEST_POSTGRES_URL, name),
		drop: async () => {
			const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

export interface TestContext {
	dialect: DialectName;
	services: Services;
	clock: ManualClock;
	url: string;
	/** the SMTP server the platform sends to (with `smtp: true`) */
	smtp: TestSmtp | null;
}

export interface SuiteOptions {
	/** load the demo locality; 'no-news' leaves the news desk empty for search tests */
	demo?: boolean | 'no-news';
	/** also the ~60,000 demo residents (slow: only the suite that checks them) */
	residents?: boolean;
	/** also the demo's funds, scholarship round, awards and honour board (seconds on PostgreSQL: only the suites that read them) */
	funds?: boolean;
	/** also the demo's learning titles (last year's cycles, this year's review in Quang Minh) */
	titles?: boolean;
	/** also the demo's Lifelong Learning Weeks (plans, events, the contest's entries) */
	week?: boolean;
	/** also the demo's community bookshelves (3,000 titles, 8,000 copies, a year of loans) */
	library?: boolean;
	/** also the demo's schools' emulation (last school year ranked, joint school–centre activities) */
	emulation?: boolean;
	clockStart?: string;
	/** send mail over SMTP to a real test server (smtp-server) on a free local port */
	smtp?: boolean;
}

const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/**
 * Declares the suite once per dialect. `get()` answers the context inside tests.
 */
export function describeEachDatabase(name: string, opts: SuiteOptions, body: (get: () => TestContext) => void): void {
	for (const dialect of DIALECTS) {
		describe(`${name} [${dialect}]`, () => {
			let ctx: TestContext | null = null;
			let drop: (() => Promise<void>) | null = null;
			let skipped = false;
			beforeEach((t) => {
				if (skipped) t.skip();
			});
			beforeAll(async () => {
				if (dialect === 'postgres' && !(await postgresReachable())) {
					if (process.env.CI === 'true') throw new Error(`CI=true and PostgreSQL is not reachable at ${TEST_POSTGRES_URL}`);
					console.warn(`PostgreSQL unreachable at ${TEST_POSTGRES_URL}: skipping the postgres half of "${name}"`);
					skipped = true;
					return;
				}
				const made = await makeTestDatabase(dialect);
				drop = made.drop;
				const db = createDb(made.url, { poolSize: 20 });
				await migrateToLatest(db);
				const clock = new ManualClock(opts.clockStart ?? '2026-11-29T01:00:00.000Z');
				const smtp = opts.smtp ? await startSmtp() : null;
				// files as the app keeps them by default: in the database on PostgreSQL, on disk on SQLite
				const files = dialect === 'postgres' ? databaseFileStore(db) : localFileStore(mkdtempSync(join(tmpdir(), 'suotdoi-files-')));
				const services = buildServices(db, clock, files, createMailer(smtp?.url ?? undefined), linksFor(TEST_ORIGIN), createJobs(db, { pollSeconds: 0.5 }));
				// letters are sent by the job queue's worker, as in the app
				await services.jobs.start();
				if (opts.demo) await seedDemo(services, { news: opts.demo !== 'no-news', residents: opts.residents === true, funds: opts.funds === true, titles: opts.titles === true, week: opts.week === true, library: opts.library === true, emulation: opts.emulation === true });
				ctx = { dialect, services, clock, url: made.url, smtp };
			});
			afterAll(async () => {
				if (skipped) return;
				await ctx?.services.jobs.stop();
				await ctx?.services.db.close();
				await ctx?.smtp?.close();
				await drop?.();
			});
			body(() => {
				if (!ctx) throw new Error('test database not ready');
				return ctx;
			});
		});
	}
}
