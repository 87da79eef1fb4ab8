import { expect, it } from 'vitest';
import { authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';

describeEachDatabase('the demo’s Lifelong Learning Weeks', { demo: 'no-news', week: true }, (get) => {
	it('holds the 2025 Week reported by every commune, and the 2026 Week with its plans, ten events and a contest of thousands', async () => {
		const s = get().services;
		const city = await authAs(s, 'giaoduc.hanoi');
		const plans = (await s.campaigns.list(city, {})).items;
		expect(plans.filter((c) => c.level === 'city').map((c) => c.year)).toEqual([2026, 2025]);
		expect(plans.filter((c) => c.level === 'commune')).toHaveLength(8);
		const w2025 = await s.campaigns.weekReport(city, plans.find((c) => c.level === 'city' && c.year === 2025)!.id);
		expect(w2025.rows).toHaveLength(4);
		for (const r of w2025.rows) expect(r.reportSubmittedAt, r.unitName).not.toBeNull();
		expect(w2025.total.reported).toBe(w2025.total.assignments);
		const w2026 = await s.campaigns.weekReport(city, plans.find((c) => c.level === 'city' && c.year === 2026)!.id);
		expect(w2026.total.events).toBe(10);
		expect(w2026.total.participants).toBeGreaterThan(900);
		expect(w2026.total.reported).toBeLessThan(w2026.total.assignments);
		expect(w2026.rows.filter((r) => r.reportSubmittedAt)).toHaveLength(1);
		const contest = await s.db.kysely.selectFrom('contests').select('id').executeTakeFirstOrThrow();
		const ranking = await s.contests.ranking(city, contest.id, 3);
		expect(ranking.entries).toBeGreaterThanOrEqual(3000);
		expect(ranking.items[0]!.score).toBeGreaterThanOrEqual(ranking.items[2]!.score);
		expect((await s.events.upcoming({ actor: null, ip: null, userAgent: null, locale: 'vi' }, {})).items).toHaveLength(2);
	});
});
