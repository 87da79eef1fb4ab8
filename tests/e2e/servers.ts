/**
 * Starts the built app (`node build`) as a real server on a free local port, against a
 * fresh database: SQLite with the demo, PostgreSQL with the demo, and PostgreSQL empty (for
 * the first-run setup). Used by global-setup.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildServices } from '../../src/lib/server/app';
import { createDb, migrateToLatest } from '../../src/lib/server/platform/db';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { makeTestDatabase, postgresReachable } from '../../src/lib/server/testing/databases';

export const ROOT = join(import.meta.dirname, '..', '..');

const handedOut = new Set<number>();

/** A free local port, never the same one twice in this process (servers start concurrently). */
export async function freePort(): Promise<number> {
	for (;;) {
		const p = await probePort();
		if (!handedOut.has(p)) {
			handedOut.add(p);
			return p;
		}
	}
}

function probePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunningServer {
	name: string;
	url: string;
	databaseUrl: string;
	dialect: 'sqlite' | 'postgres';
	/** the server process, whose memory a test may read in /proc */
	pid: number;
	/** the disk store's directory (FILES_DIR; on PostgreSQL files are kept in the database) */
	filesDir: string;
	/** everything the process wrote to stdout and stderr so far, also kept in `logFile` for tests */
	log(): string;
	logFile: string;
	/** ends the process at once (SIGKILL: no shutdown, nothing flushed), keeping its database */
	kill(): Promise<void>;
	stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, dialect: string): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
		try {
			const r = await fetch(`${url}/api/v1/health`);
			// the answer must come from this server, not another one on a reused port
			if (r.ok && ((await r.json()) as { database: string }).database === dialect) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`server did not answer in 30 s:\n${log()}`);
}

/**
 * A server on a fresh database, or (with `twinOf`) a second process of the same app on the
 * same PostgreSQL database and file store, as several processes run behind a proxy.
 */
export async function startServer(name: string, dialect: 'sqlite' | 'postgres', opts: { demo: boolean; twinOf?: RunningServer; env?: Record<string, string>; library?: boolean }): Promise<RunningServer> {
	if (!existsSync(join(ROOT, 'build', 'index.js'))) throw new Error('build/ is missing: run `npm run build` (npm test does it)');
	let made: { url: string; drop: () => Promise<void> };
	if (opts.twinOf) made = { url: opts.twinOf.databaseUrl, drop: async () => {} };
	else {
		made = await makeTestDatabase(dialect);
		const db = createDb(made.url);
		await migrateToLatest(db);
		// the demo without its 60,000 generated residents: tests create the people they look for
		if (opts.demo) await seedDemo(buildServices(db), { residents: false, library: opts.library === true });
		await db.close();
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	// on SQLite a second process shares the disk; on PostgreSQL each process has a directory of its
	// own, unused: files live in the database (FILE_STORE's default there), which is what they share
	const filesDir = opts.twinOf && dialect === 'sqlite' ? opts.twinOf.filesDir : join(made.url.startsWith('sqlite:') ? dirname(made.url.slice(7)) : tmpdir(), `files-${port}`);
	let out = '';
	const child = spawn(process.execPath, [join(ROOT, 'server.js')], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: made.url, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, BODY_SIZE_LIMIT: '101M', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', FILES_DIR: filesDir, SUOTDOI_DEMO: opts.demo && dialect === 'sqlite' ? '1' : '0', ...opts.env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const logFile = join(tmpdir(), `suotdoi-e2e-${port}.log`);
	rmSync(logFile, { force: true });
	const keep = (d: Buffer) => {
		out += d.toString();
		appendFileSync(logFile, d);
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	await waitUntilUp(url, child, () => out, dialect);
	return {
		name,
		url,
		databaseUrl: made.url,
		dialect,
		pid: child.pid!,
		filesDir,
		log: () => out,
		logFile,
		async kill() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGKILL');
				await new Promise((r) => child.once('exit', r));
			}
		},
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				// a server must stop on SIGTERM (its job workers, listeners and pools closed); one that
				// does not is killed and the run fails, instead of hanging
				child.kill('SIGTERM');
				const exited = await new Promise<boolean>((r) => {
					const t = setTimeout(() => r(false), 20_000);
					child.once('exit', () => (clearTimeout(t), r(true)));
				});
				if (!exited) {
					child.kill('SIGKILL');
					throw new Error(`${name} did not stop within 20 s of SIGTERM:\n${out.slice(-2000)}`);
				}
			}
			await made.drop();
			rmSync(logFile, { force: true });
		}
	};
}

export { postgresReachable };
