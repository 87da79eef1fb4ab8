/** Runs a command-line command in this process with its output captured: the exit code and what it printed. */
import { vi } from 'vitest';
import { main } from '../../../cli/index';

export async function runCli(args: string[]): Promise<{ code: number; err: string; out: string }> {
	const err = vi.spyOn(console, 'error').mockImplementation(() => {});
	const out = vi.spyOn(console, 'log').mockImplementation(() => {});
	try {
		const code = await main(args);
		return { code, err: err.mock.calls.map((c) => c.join(' ')).join('\n'), out: out.mock.calls.map((c) => c.join(' ')).join('\n') };
	} finally {
		process.exitCode = undefined;
		err.mockRestore();
		out.mockRestore();
	}
}
