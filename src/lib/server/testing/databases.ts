/**
 * Every database test runs on both SQLite and PostgreSQL: `describeEachDatabase` makes a
 * fresh, migrated database of each kind for the suite and drops it afterwards. PostgreSQL is
 * reached at TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres). When it
 * is unreachable the PostgreSQL half fails under CI=true and is reported as skipped otherwise.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { linksFor } from '../platform/links';
import { createJobs } from '../platform/jobs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, inject } from 'vitest';
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

declare module 'vitest' {
	export interface ProvidedContext {
		/** the run's tag for template databases (templates-setup.ts), or null: no templates */
		dbTemplates: string | null;
	}
}

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
const DEFAULT_CLOCK_START = '2026-11-29T01:00:00.000Z';

const seedOptions = (opts: SuiteOptions) => ({ news: opts.demo !== 'no-news', residents: opts.residents === true, funds: opts.funds === true, titles: opts.titles === true, week: opts.week === true, library: opts.library === true, emulation: opts.emulation === true });

/**
 * Template databases. Loading the demo takes seconds a suite and most suites load the same one,
 * so each kind of start (dialect, demo options, clock) is migrated and seeded once per run, as
 * a suite would (its job worker running), and each suite gets a copy: CREATE DATABASE …
 * TEMPLATE on PostgreSQL, the file (and the file store's directory) on SQLite. The demo queues
 * no job while it loads, so a copy starts as a freshly seeded database would. The run's tag
 * comes from templates-setup.ts (the db project's global setup), which drops them at the end;
 * SUOTDOI_TEST_TEMPLATES=0 builds every database from scratch instead. The 60,000 residents are
 * loaded by one suite only and are not kept as a template.
 */
function templatesRun(): string | null {
	if (process.env.SUOTDOI_TEST_TEMPLATES === '0') return null;
	try {
		return inject('dbTemplates') ?? null;
	} catch {
		return null;
	}
}

function templateKey(dialect: DialectName, opts: SuiteOptions): string {
	const what = JSON.stringify({ dialect, demo: opts.demo ? seedOptions(opts) : null, clock: opts.clockStart ?? DEFAULT_CLOCK_START });
	return createHash('sha256').update(what).digest('hex').slice(0, 12);
}

/** Migrates and (with `demo`) seeds the database at `url`, as describeEachDatabase would, and closes it. */
async function buildTemplate(url: string, dialect: DialectName, opts: SuiteOptions, filesDir: string | null): Promise<void> {
	const db = createDb(url, { poolSize: 20 });
	try {
		await migrateToLatest(db);
		if (!opts.demo) return;
		const files = dialect === 'postgres' ? databaseFileStore(db) : localFileStore(filesDir!);
		const services = buildServices(db, new ManualClock(opts.clockStart ?? DEFAULT_CLOCK_START), files, createMailer(undefined), linksFor(TEST_ORIGIN), createJobs(db, { pollSeconds: 0.5 }));
		await services.jobs.start();
		try {
			await seedDemo(services, seedOptions(opts));
		} finally {
			await services.jobs.stop();
		}
	} finally {
		await db.close();
	}
}

/** The directory (SQLite) or database name (PostgreSQL) all templates of a run start with. */
export const templatePrefix = (run: string) => ({ dir: join(tmpdir(), `suotdoi-templates-${run}`), database: `suotdoi_tpl_${run}_` });

async function copyOfTemplate(run: string, dialect: DialectName, opts: SuiteOptions): Promise<{ url: string; drop: () => Promise<void>; filesDir: string | null }> {
	const key = templateKey(dialect, opts);
	if (dialect === 'sqlite') {
		const root = templatePrefix(run).dir;
		const tpl = join(root, key);
		if (!existsSync(tpl)) {
			// built aside and renamed into place whole: a worker that loses the race drops its own
			mkdirSync(root, { recursive: true });
			const aside = mkdtempSync(join(root, 'building-'));
			mkdirSync(join(aside, 'files'));
			await buildTemplate(`sqlite:${join(aside, 'test.db')}`, 'sqlite', opts, join(aside, 'files'));
			try {
				renameSync(aside, tpl);
			} catch {
				rmSync(aside, { recursive: true, force: true });
			}
		}
		const dir = mkdtempSync(join(tmpdir(), 'suotdoi-test-'));
		for (const f of readdirSync(tpl)) if (f.startsWith('test.db')) cpSync(join(tpl, f), join(dir, f));
		const filesDir = mkdtempSync(join(tmpdir(), 'suotdoi-files-'));
		cpSync(join(tpl, 'files'), filesDir, { recursive: true });
		return { url: `sqlite:${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }), filesDir };
	}
	if (!(await postgresReachable())) throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}`);
	const template = `${templatePrefix(run).database}${key}`;
	const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
	await admin.connect();
	try {
		// one worker builds a template while the others wait for it
		await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
		try {
			if ((await admin.query('select 1 from pg_database where datname = $1', [template])).rowCount === 0) {
				const aside = `${template}_b`;
				await admin.query(`drop database if exists ${aside} with (force)`);
				await admin.query(`create database ${aside}`);
				await buildTemplate(withDatabase(TEST_POSTGRES_URL, aside), 'postgres', opts, null);
				await admin.query(`alter database ${aside} rename to ${template}`);
			}
		} finally {
			await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
		}
		const name = `suotdoi_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
		for (let attempt = 0; ; attempt++) {
			try {
				await admin.query(`create database ${name} template ${template}`);
				break;
			} catch (e) {
				// another copy being made from it at this moment holds it ("being accessed by other users")
				if (attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
				await new Promise((r) => setTimeout(r, 250));
			}
		}
		return {
			url: withDatabase(TEST_POSTGRES_URL, name),
			filesDir: null,
			drop: async () => {
				const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
				await c.connect();
				await c.query(`drop database if exists ${name} with (force)`);
				await c.end();
			}
		};
	} finally {
		await admin.end();
	}
}

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
				// a copy of the run's template for these options (migrated and seeded once), or built here
				const run = opts.residents ? null : templatesRun();
				const made = run ? await copyOfTemplate(run, dialect, opts) : { ...(await makeTestDatabase(dialect)), filesDir: null };
				drop = made.drop;
				const db = createDb(made.url, { poolSize: 20 });
				await migrateToLatest(db);
				const clock = new ManualClock(opts.clockStart ?? DEFAULT_CLOCK_START);
				const smtp = opts.smtp ? await startSmtp() : null;
				// files as the app keeps them by default: in the database on PostgreSQL, on disk on SQLite
				const files = dialect === 'postgres' ? databaseFileStore(db) : localFileStore(made.filesDir ?? mkdtempSync(join(tmpdir(), 'suotdoi-files-')));
				const services = buildServices(db, clock, files, createMailer(smtp?.url ?? undefined), linksFor(TEST_ORIGIN), createJobs(db, { pollSeconds: 0.5 }));
				// letters are sent by the job queue's worker, as in the app
				await services.jobs.start();
				if (opts.demo && !run) await seedDemo(services, seedOptions(opts));
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
