/** The command line `funds verify` against a real database of each kind: 0 when every book holds, 1 naming the entry changed in SQL. */
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { authAs } from '../lib/server/testing/actors';
import { describeEachDatabase } from '../lib/server/testing/databases';
import { demoId } from '../lib/server/core/places/demo/load';
import { runCli } from '../lib/server/testing/cli';

describeEachDatabase('cli: funds verify', { demo: 'no-news' }, (get) => {
	let savedUrl: string | undefined;
	beforeEach(() => {
		savedUrl = process.env.DATABASE_URL;
		process.env.DATABASE_URL = get().url;
	});
	afterEach(() => {
		if (savedUrl === undefined) delete process.env.DATABASE_URL;
		else process.env.DATABASE_URL = savedUrl;
		process.exitCode = undefined;
		vi.restoreAllMocks();
	});

	const run = runCli;

	it('says every book is intact, then names the entry whose amount was changed in SQL and exits 1', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'melinh.khuyenhoc');
		const f = await s.funds.create(hkh, { name: 'Quỹ khuyến học thôn', ownerKind: 'association_branch', unitId: demoId('xa-me-linh') });
		await s.funds.donate(hkh, f.id, { amount: 3_000_000, method: 'bank_transfer', donorKind: 'organization', donorName: 'Hợp tác xã', receivedOn: '2026-11-10' });
		const paid = await s.funds.disburse(hkh, f.id, { amount: 1_000_000, purpose: 'scholarship', payeeName: 'Em Đỗ Văn An', paidOn: '2026-11-12' });
		const ok = await run(['funds', 'verify']);
		expect(ok.code).toBe(0);
		expect(ok.out).toContain('Các sổ quỹ nguyên vẹn');
		const k = s.db.kysely;
		if (s.db.dialect === 'postgres') await sql`alter table fund_entries disable trigger fund_entries_no_update`.execute(k);
		else await sql`drop trigger fund_entries_no_update`.execute(k);
		try {
			await k.updateTable('fund_entries').set({ party_name: 'Người khác' }).where('id', '=', paid.id).execute();
			const bad = await run(['funds', 'verify']);
			expect(bad.code).toBe(1);
			expect(bad.err).toContain(`quỹ / fund "Quỹ khuyến học thôn" (${f.id}): bút toán số / entry no. 2 (${paid.id}) — hash`);
		} finally {
			if (s.db.dialect === 'postgres') await sql`alter table fund_entries enable trigger fund_entries_no_update`.execute(k);
			else await sql`create trigger fund_entries_no_update before update on fund_entries begin select raise(abort, 'fund entries are append-only'); end`.execute(k);
		}
		expect((await run(['funds'])).code).toBe(2);
	});
});
