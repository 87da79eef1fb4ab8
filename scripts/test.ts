/**
 * npm test: builds the app (browser tests run against `node build`), runs every vitest
 * project (unit, db on SQLite and PostgreSQL, e2e in Chromium) and prints one closing line,
 * "tests: N passed, N failed, N skipped". Under CI=true a skipped test fails the run.
 * Extra arguments go to vitest (e.g. `npm test -- --project db`).
 *
 * The whole suite (no arguments) builds, then runs two vitest processes side by side: e2e in
 * one, unit and db in the other. The browser tests spend most of their time waiting (on the
 * servers, on Chromium) and leave the CPU to the database tests; the two share no state (each
 * makes its own databases). The e2e output is shown as it comes; unit and db's when they end.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const projects = args.flatMap((a, i) => (a === '--project' ? [args[i + 1]] : a.startsWith('--project=') ? [a.slice('--project='.length)] : []));
const needsBuild = (projects.length === 0 || projects.includes('e2e')) && process.env.SUOTDOI_SKIP_BUILD !== '1';
const whole = args.length === 0;
const started = Date.now();
const since = () => `${Math.round((Date.now() - started) / 1000)} s`;

const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const report = join(out, 'vitest.json');
rmSync(report, { force: true });

interface Report {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	numTodoTests: number;
	testResults: { name: string; status: string; message?: string; startTime?: number; endTime?: number; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

function build(): Promise<boolean> {
	return new Promise((resolve) => {
		const b = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let text = '';
		b.stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
		b.stderr.on('data', (d: Buffer) => (text += d.toString('utf8')));
		b.on('close', (code) => {
			if (code !== 0) {
				process.stdout.write(text);
				console.error('build failed');
			}
			resolve(code === 0);
		});
	});
}

/**
 * One vitest process. Its output is shown as it comes (`live`) or all at once when it ends, and
 * kept, so that the end of the run can repeat what went wrong (a CI log is often read from its
 * tail only).
 */
function vitest(vitestArgs: string[], json: string, live: boolean, title?: string, onStarted?: () => void, nice = 0): Promise<{ status: number | null; transcript: string; report: Report | null }> {
	rmSync(json, { force: true });
	const child = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...vitestArgs], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
	// its workers, forked later, inherit the priority
	if (nice && child.pid) setPriority(child.pid, nice);
	let transcript = '';
	const take = (to: NodeJS.WriteStream) => (b: Buffer) => {
		if (live) to.write(b);
		transcript += b.toString('utf8');
		// vitest's banner (" RUN  v4…") comes once its config and plugins are set up
		if (onStarted && / RUN /.test(transcript)) onStarted();
	};
	child.stdout.on('data', take(process.stdout));
	child.stderr.on('data', take(process.stderr));
	return new Promise((resolve) =>
		child.on('close', (status) => {
			onStarted?.();
			if (!live) process.stdout.write(`\n──── ${title ?? vitestArgs.join(' ')} (ended at ${since()}) ────\n${transcript}\n──── end of ${title ?? vitestArgs.join(' ')} ────\n`);
			resolve({ status, transcript, report: existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Report) : null });
		})
	);
}

let runs: { status: number | null; transcript: string; report: Report | null }[];
if (whole) {
	// the build first, alone: with a vitest process starting beside it (which writes
	// .svelte-kit/generated as it sets up) the build came out different, and pages with
	// JavaScript never became interactive in the browser tests
	if (needsBuild && !(await build())) process.exit(1);
	if (needsBuild) console.log(`build done at ${since()}`);
	let started: () => void = () => {};
	const e2eStarted = new Promise<void>((r) => (started = r));
	const e2e = vitest(['--project', 'e2e'], join(out, 'vitest-e2e.json'), true, undefined, started);
	// and the second vitest once the first has set itself up (its `svelte-kit sync` written)
	await Promise.race([e2eStarted, new Promise((r) => setTimeout(r, 60_000))]);
	// unit and db yield the CPU to e2e, the longer of the two, which spends much of its time
	// waiting and then needs the CPU at once (a page to render, a server to answer)
	const unitDb = vitest(['--project', 'unit', '--project', 'db'], join(out, 'vitest-unit-db.json'), false, 'unit and db', undefined, 10);
	runs = await Promise.all([unitDb, e2e]);
} else {
	if (needsBuild && !(await build())) process.exit(1);
	runs = [await vitest(args, report, true)];
}
console.log(`\nall done at ${since()}`);

// one report for the run, as a single vitest process would have written it
const reports = runs.flatMap((r) => (r.report ? [r.report] : []));
if (whole && reports.length) {
	const merged = { ...reports[0]! } as Report & Record<string, unknown>;
	for (const k of ['numTotalTestSuites', 'numPassedTestSuites', 'numFailedTestSuites', 'numPendingTestSuites', 'numTotalTests', 'numPassedTests', 'numFailedTests', 'numPendingTests', 'numTodoTests'])
		merged[k] = reports.reduce((n, r) => n + (((r as unknown as Record<string, number>)[k] as number | undefined) ?? 0), 0);
	merged.testResults = reports.flatMap((r) => r.testResults);
	merged.success = reports.length === runs.length && reports.every((r) => (r as unknown as { success: boolean }).success);
	writeFileSync(report, JSON.stringify(merged));
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const j of reports) {
	passed += j.numPassedTests;
	failed += j.numFailedTests;
	skipped += j.numPendingTests + j.numTodoTests;
	const failedFiles = j.testResults.filter((f) => f.status === 'failed').length;
	if (failedFiles && !j.numFailedTests) failed += failedFiles; // a file that failed to load counts as a failure
}
slowest(reports.flatMap((j) => j.testResults));
const ok = runs.every((r) => r.status === 0);
// a run that failed outside any test (global setup, a file that did not load) still counts as failed
if (!ok && failed === 0) failed = 1;
if (!ok) summariseFailures(runs.map((r) => r.transcript).join('\n'), reports);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (process.env.CI === 'true' && skipped > 0) {
	console.error('CI=true: skipped tests are not allowed');
	process.exit(1);
}
process.exit(ok && failed === 0 ? 0 : 1);

/** Repeats, briefly, each failed test and each error outside the tests at the end of the run. */
function summariseFailures(transcript: string, reports: Report[]): void {
	// eslint-disable-next-line no-control-regex
	const plain = transcript.replace(/\u001b\[[0-9;]*m/g, '');
	const lines: string[] = [];
	for (const j of reports) {
		for (const f of j.testResults) {
			if (f.status === 'failed' && f.message) lines.push(`FILE ${f.name.replace(root + '/', '')}: ${f.message.split('\n')[0]}`);
			for (const a of f.assertionResults)
				if (a.status === 'failed') lines.push(`FAIL ${f.name.replace(root + '/', '')} > ${a.fullName}: ${(a.failureMessages[0] ?? '').split('\n').slice(0, 3).join(' | ')}`);
		}
	}
	// errors outside any test: vitest prints them under "Unhandled Error"/"Unhandled Rejection"
	for (const m of plain.matchAll(/Unhandled (?:Error|Rejection)[^\n]*\n([\s\S]*?)(?=\n⎯|\n\n\n|$)/g)) lines.push(`UNHANDLED ${m[1]!.split('\n').slice(0, 12).join('\n  ')}`);
	if (!lines.length) return;
	console.log('\nwhat went wrong, in short:');
	for (const l of lines.slice(0, 20)) console.log(`- ${l.slice(0, 1500)}`);
}

/** The ten files that took longest (where to look when the run grows long). */
function slowest(files: { name: string; startTime?: number; endTime?: number }[]): void {
	const timed = files.filter((f) => f.startTime && f.endTime).map((f) => ({ name: f.name.replace(root + '/', ''), s: (f.endTime! - f.startTime!) / 1000 }));
	if (!timed.length) return;
	timed.sort((a, b) => b.s - a.s);
	console.log('\nslowest files:');
	for (const f of timed.slice(0, 10)) console.log(`  ${f.s.toFixed(1).padStart(6)} s  ${f.name}`);
}
