/**
 * The embedded database's online backup: taken while another process keeps writing, it
 * restores to a database that passes integrity_check and holds whole transactions only.
 */
import SqliteDatabase from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServices } from '../lib/server/app';
import { createDb, migrateToLatest } from '../lib/server/platform/db';
import { seedDemo } from '../lib/server/demo/seed';
import { integrityCheck } from './backup';
import { main } from './index';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'suotdoi-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// each transaction adds one organisation and one audit row: a consistent copy has as many of each
const WRITER = `
const Database = require(process.argv[2]);
const db = new Database(process.argv[3]);
db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000');
const unit = db.prepare("select id from admin_units where level = 'commune' limit 1").get().id;
const org = db.prepare("insert into organizations (id, name, kind, unit_id, valid_from, search_text, created_at, updated_at) values (?, ?, 'school', ?, '2026-01-01', 'x', 't', 't')");
const log = db.prepare("insert into audit_log (id, at, actor_label, action, entity_type) values (?, 't', 'writer', 'test.write', 'organization')");
const both = db.transaction((i) => { org.run('w-' + i, 'Trường ' + i, unit); log.run('l-' + i); });
let i = 0; const until = Date.now() + Number(process.argv[4]);
while (Date.now() < until) { both(i++); }
process.stdout.write(String(i));
`;

describe('backup and restore of the embedded database', () => {
	it('copies a database under concurrent writes and restores it whole', async () => {
		const path = join(dir, 'live.db');
		const db = createDb(`sqlite:${path}`);
		await migrateToLatest(db);
		await seedDemo(buildServices(db));
		await db.close();
		const script = join(dir, 'writer.cjs');
		writeFileSync(script, WRITER);
		const writer = spawn(process.execPath, [script, require.resolve('better-sqlite3'), path, '2500'], { stdio: ['ignore', 'pipe', 'inherit'] });
		const exited = new Promise((r) => writer.once('exit', r));
		let written = '';
		writer.stdout.on('data', (d: Buffer) => (written += d.toString()));
		await new Promise((r) => setTimeout(r, 400)); // let the writer get going
		process.env.DATABASE_URL = `sqlite:${path}`;
		const target = join(dir, 'copy.db');
		expect(await main(['backup', target])).toBe(0);
		await exited;
		expect(Number(written)).toBeGreaterThan(100);

		expect(integrityCheck(target)).toBe('ok');
		const copy = new SqliteDatabase(target, { readonly: true });
		const orgs = (copy.prepare("select count(*) n from organizations where id like 'w-%'").get() as { n: number }).n;
		const logs = (copy.prepare("select count(*) n from audit_log where action = 'test.write'").get() as { n: number }).n;
		copy.close();
		expect(orgs).toBeGreaterThan(0); // taken mid-way through the writes
		expect(orgs).toBeLessThan(Number(written));
		expect(orgs).toBe(logs); // and no transaction cut in half

		// restore into a fresh place and check it
		const restored = join(dir, 'restored.db');
		process.env.DATABASE_URL = `sqlite:${restored}`;
		expect(await main(['restore', target])).toBe(0);
		expect(integrityCheck(restored)).toBe('ok');
		const r = new SqliteDatabase(restored, { readonly: true });
		expect((r.prepare("select count(*) n from organizations where id like 'w-%'").get() as { n: number }).n).toBe(orgs);
		r.close();
		delete process.env.DATABASE_URL;
	}, 60_000);

	it('refuses to restore over a database another process has open (a running server), and changes nothing', async () => {
		const path = join(dir, 'served.db');
		const db = createDb(`sqlite:${path}`);
		await migrateToLatest(db);
		await seedDemo(buildServices(db));
		await db.close();
		process.env.DATABASE_URL = `sqlite:${path}`;
		const backup = join(dir, 'served-backup.db');
		expect(await main(['backup', backup])).toBe(0);
		// a server at rest between requests: the database open, nothing being written
		const holder = join(dir, 'holder.cjs');
		writeFileSync(holder, `const D = require(process.argv[2]); const db = new D(process.argv[3]); db.pragma('journal_mode = WAL'); db.prepare("insert into audit_log (id, at, actor_label, action, entity_type) values ('after-backup', 't', 'server', 'test.write', 'x')").run(); process.stdout.write('open'); setTimeout(() => db.close(), 60000); process.on('SIGTERM', () => { db.close(); process.exit(0); });`);
		const server = spawn(process.execPath, [holder, require.resolve('better-sqlite3'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise((r) => server.stdout.once('data', r));
		const errors: string[] = [];
		const original = console.error;
		console.error = (...a: unknown[]) => void errors.push(a.join(' '));
		try {
			expect(await main(['restore', backup])).toBe(1);
		} finally {
			console.error = original;
		}
		expect(errors.join('\n')).toContain('đang được dùng');
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		const live = new SqliteDatabase(path, { readonly: true });
		expect((live.prepare("select count(*) n from audit_log where id = 'after-backup'").get() as { n: number }).n).toBe(1); // not rolled back
		live.close();
		// stopped, the restore goes through
		expect(await main(['restore', backup])).toBe(0);
		const back = new SqliteDatabase(path, { readonly: true });
		expect((back.prepare("select count(*) n from audit_log where id = 'after-backup'").get() as { n: number }).n).toBe(0);
		back.close();
		delete process.env.DATABASE_URL;
	}, 60_000);

	it('refuses a damaged backup and a target that exists, with a clear message', async () => {
		const junk = join(dir, 'junk.db');
		writeFileSync(junk, 'không phải SQLite');
		process.env.DATABASE_URL = `sqlite:${join(dir, 'x.db')}`;
		expect(await main(['restore', junk])).toBe(1);
		expect(await main(['restore'])).toBe(2);
		expect(await main(['backup'])).toBe(2);
		expect(await main(['restore', join(dir, 'missing.db')])).toBe(1);
		process.env.DATABASE_URL = 'postgres://u@127.0.0.1/none';
		expect(await main(['backup', join(dir, 'p.db')])).toBe(1);
		delete process.env.DATABASE_URL;
		expect(await main(['no-such-command'])).toBe(2);
		expect(await main(['backup', '--bogus'])).toBe(2);
		expect(await main(['migrate', '--help'])).toBe(0);
	});
});
