/**
 * poppler-utils for tests that read PDFs back (pdftotext, pdfinfo, pdftoppm), looked up on
 * PATH. Missing, those tests are skipped, except under CI=true, where their absence fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function findBinary(name: string): string | null {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		const candidate = dir && join(dir, name);
		if (candidate && existsSync(candidate)) return candidate;
	}
	return null;
}

export const poppler = { pdftotext: findBinary('pdftotext'), pdfinfo: findBinary('pdfinfo'), pdftoppm: findBinary('pdftoppm') };

/** Runs a tool and answers its standard output; a non-zero exit throws with its error output. */
export function run(bin: string, args: string[]): string {
	const result = spawnSync(bin, args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return result.stdout;
}

/** Extracted text compared as read: NFC, white space collapsed. */
export const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
