/**
 * Browser and HTTP tests run against `node build`. The servers are started once for the run;
 * tests get their addresses through `inject`. Under CI=true a missing PostgreSQL or Chromium
 * fails the run instead of skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from './browser-args';
import { postgresReachable, startServer, type RunningServer } from './servers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		servers: { name: string; url: string; dialect: 'sqlite' | 'postgres'; databaseUrl: string; pid: number; logFile: string }[];
		/** a second process of the PostgreSQL demo server, on the same database (null without PostgreSQL) */
		twin: { url: string; of: string; pid: number } | null;
		setupServer: string | null;
		chromium: string | null;
		/** one Chromium for the whole run, which each file connects to (see browser.ts: launch) */
		chromiumEndpoint: string | null;
	}
}

let running: RunningServer[] = [];
let browserServer: BrowserServer | null = null;

export default async function setup(project: TestProject) {
	const ci = process.env.CI === 'true';
	const pg = await postgresReachable();
	if (!pg && ci) throw new Error('CI=true and PostgreSQL is not reachable: refusing to skip');
	const hasChromium = existsSync(CHROMIUM);
	if (!hasChromium && ci) throw new Error(`CI=true and Chromium is missing at ${CHROMIUM}: refusing to skip`);
	if (!hasChromium) console.warn(`Chromium not found at ${CHROMIUM}: browser tests will be skipped (apt-get install -y chromium)`);
	if (!pg) console.warn('PostgreSQL unreachable: the PostgreSQL servers of the e2e run are skipped');

	// one Chromium for every file: starting one per file costs seconds each on a loaded machine
	const browserStarting = hasChromium ? chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }) : null;
	let twin: RunningServer | null = null;
	try {
		const starts: Promise<RunningServer>[] = [startServer('sqlite-demo', 'sqlite', { demo: true })];
		if (pg) starts.push(startServer('postgres-demo', 'postgres', { demo: true }), startServer('postgres-empty', 'postgres', { demo: false }));
		running = await Promise.all(starts);
		// several app processes on one PostgreSQL: the concurrency tests send to both
		const pgDemo = running.find((s) => s.name === 'postgres-demo');
		twin = pgDemo ? await startServer('postgres-demo-twin', 'postgres', { demo: true, twinOf: pgDemo }) : null;
		if (twin) running.push(twin);
	} catch (e) {
		// a server that did not start: the browser started beside it does not outlive the run
		await (await browserStarting?.catch(() => null))?.close();
		throw e;
	}
	const demo = running.filter((s) => s.name.endsWith('-demo'));
	const pgDemo = demo.find((s) => s.dialect === 'postgres');
	project.provide(
		'servers',
		demo.map((s) => ({ name: s.name, url: s.url, dialect: s.dialect, databaseUrl: s.databaseUrl, pid: s.pid, logFile: s.logFile }))
	);
	project.provide('twin', twin && pgDemo ? { url: twin.url, of: pgDemo.url, pid: twin.pid } : null);
	project.provide('setupServer', running.find((s) => s.name === 'postgres-empty')?.url ?? null);
	project.provide('chromium', hasChromium ? CHROMIUM : null);
	browserServer = await browserStarting;
	project.provide('chromiumEndpoint', browserServer?.wsEndpoint() ?? null);

	return async () => {
		await Promise.all([...running.map((s) => s.stop()), browserServer?.close()]);
	};
}
