import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { until } from '../testing/until';
import { createChangeSignal } from './changes';
import { createDb } from './db';

describeEachDatabase('platform: the data changed, seen by every process', {}, (get) => {
	it('moves the version here at once, and in another process on the same database', async () => {
		const here = createChangeSignal(get().services.db);
		const otherDb = createDb(get().url);
		const there = createChangeSignal(otherDb);
		try {
			// PostgreSQL: both listening before the write
			await new Promise((r) => setTimeout(r, 300));
			const [h0, t0] = [here.version(), there.version()];
			expect(here.version()).toBe(h0); // stable while nothing changes
			// the other process writes (on SQLite its commit alone is seen; on PostgreSQL it says so)
			await otherDb.kysely.insertInto('stored_files').values({ key: `uploads/${crypto.randomUUID()}-x.bin`, size: 0, complete: 0, modified_at: '2026-01-01T00:00:00.000Z' }).execute();
			there.changed();
			expect(there.version()).toBeGreaterThan(t0);
			await until(() => here.version() > h0);
			// and this process's own writes move its version at once
			const h1 = here.version();
			here.changed();
			expect(here.version()).toBeGreaterThan(h1);
		} finally {
			await here.close();
			await there.close();
			await otherDb.close();
		}
	});
});
