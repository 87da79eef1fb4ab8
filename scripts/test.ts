/**
 * npm test: builds the app (browser tests run against `node build`), runs every vitest
 * project (unit, db on SQLite and PostgreSQL, e2e in Chromium) and prints one closing line,
 * "tests: N passed, N failed, N skipped". Under CI=true a skipped test fails the run.
 * Extra arguments go to vitest (e.g. `npm test -- --project db`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const projects = args.flatMap((a, i) => (a === '--project' ? [args[i + 1]] : a.startsWith('--project=') ? [a.slice('--project='.length)] : []));
const needsBuild = projects.length === 0 || projects.includes('e2e');

if (needsBuild && process.env.SUOTDOI_SKIP_BUILD !== '1') {
	const b = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
	if (b.status !== 0) {
		process.stdout.write(b.stdout ?? '');
		process.stderr.write(b.stderr ?? '');
		console.error('build failed');
		process.exit(1);
	}
}

const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const report = join(out, 'vitest.json');
rmSync(report, { force: true });
// vitest's output is shown as it comes and kept, so that the end of the run can repeat what
// went wrong (a CI log is often read from its tail only)
const child = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
let transcript = '';
child.stdout.on('data', (b: Buffer) => {
	process.stdout.write(b);
	transcript += b.toString('utf8');
});
child.stderr.on('data', (b: Buffer) => {
	process.stderr.write(b);
	transcript += b.toString('utf8');
});
const r = { status: await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code))) };

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
	const j = JSON.parse(readFileSync(report, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
		testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
	};
	passed = j.numPassedTests;
	slowest(j.testResults as unknown as { name: string; startTime?: number; endTime?: number }[]);
	failed = j.numFailedTests;
	skipped = j.numPendingTests + j.numTodoTests;
	const failedFiles = j.testResults.filter((f) => f.status === 'failed').length;
	if (failedFiles && !failed) failed = failedFiles; // a file that failed to load counts as a failure
}
// a run that failed outside any test (global setup, a file that did not load) still counts as failed
if (r.status !== 0 && failed === 0) failed = 1;
if (r.status !== 0) summariseFailures();
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (process.env.CI === 'true' && skipped > 0) {
	console.error('CI=true: skipped tests are not allowed');
	process.exit(1);
}
process.exit(r.status === 0 && failed === 0 ? 0 : 1);

/** Repeats, briefly, each failed test and each error outside the tests at the end of the run. */
function summariseFailures(): void {
	// eslint-disable-next-line no-control-regex
	const plain = transcript.replace(/\u001b\[[0-9;]*m/g, '');
	const lines: string[] = [];
	if (existsSync(report)) {
		const j = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[] };
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
