/**
 * Resolves when check() holds, looking every 50 ms: for work done in the background (a job, a
 * notification from another process). The test's own timeout bounds the wait; nothing asserts
 * on how long it took.
 */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
	while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}
