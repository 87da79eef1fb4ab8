/**
 * Durability on SQLite: every write the server acknowledged is still there after the process is
 * killed outright (SIGKILL while writes are in flight: no shutdown, nothing flushed) and started
 * again on the same database file.
 */
import { describe, expect, it } from 'vitest';
import { Client, jsonOf } from './http';
import { startServer } from './servers';

describe('durability [sqlite]', () => {
	it('keeps every acknowledged write across kill -9', async () => {
		const first = await startServer('sqlite-kill', 'sqlite', { demo: true });
		let second: Awaited<ReturnType<typeof startServer>> | null = null;
		try {
			const acknowledged: string[] = [];
			const admin = new Client(first.url);
			expect((await admin.signIn('admin')).status).toBe(201);
			let killed = false;
			// eight writers, each writing one draft after another until the server is gone
			const writer = async (w: number) => {
				for (let i = 0; !killed; i++) {
					try {
						const r = await admin.req('POST', '/api/v1/news', { kind: 'news', title: `Bản nháp ${w}-${i}`, body: 'Ghi trước khi máy chủ bị dừng đột ngột.' });
						if (r.status === 201) acknowledged.push((await jsonOf<{ id: string }>(r)).id);
					} catch {
						return; // the connection went with the process
					}
				}
			};
			const writers = Array.from({ length: 8 }, (_, w) => writer(w));
			while (acknowledged.length < 200) await new Promise((r) => setTimeout(r, 20));
			await first.kill();
			killed = true;
			await Promise.all(writers);

			second = await startServer('sqlite-kill-again', 'sqlite', { demo: true, twinOf: first });
			const again = new Client(second.url);
			expect((await again.signIn('admin')).status).toBe(201);
			const missing: string[] = [];
			for (const id of acknowledged) if ((await again.req('GET', `/api/v1/news/${id}`)).status !== 200) missing.push(id);
			expect({ acknowledged: acknowledged.length, missing }).toEqual({ acknowledged: acknowledged.length, missing: [] });
			expect(acknowledged.length).toBeGreaterThanOrEqual(200);
		} finally {
			await second?.stop();
			await first.stop();
		}
	});
});
