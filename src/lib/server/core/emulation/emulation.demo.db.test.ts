import { expect, it } from 'vitest';
import { authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

describeEachDatabase('emulation demo: last school year ranked and awarded in four communes, joint activities on both sides', { demo: 'no-news', emulation: true, clockStart: '2026-10-20T02:00:00.000Z' }, (get) => {
	it('loads four finished rounds (every school reviewed, ranked and awarded), an open one, and activities each side sees', async () => {
		const s = get().services;
		const office = await authAs(s, 'giaoduc.hanoi');
		const { items } = await s.emulation.listRounds(office);
		expect(items.map((r) => [r.schoolYear, r.status]).sort()).toEqual([
			[2025, 'closed'],
			[2025, 'closed'],
			[2025, 'closed'],
			[2025, 'closed'],
			[2026, 'open']
		]);
		for (const r of items.filter((x) => x.status === 'closed')) {
			const ranking = await s.emulation.ranking(office, r.id);
			expect(ranking.length).toBeGreaterThan(2);
			expect(ranking.map((x) => x.rank)).toEqual(ranking.map((_, i) => i + 1));
			expect(ranking.every((x) => x.awardTitle)).toBe(true);
			const totals = ranking.map((x) => x.reviewedTotal!);
			expect([...totals].sort((a, b) => b - a)).toEqual(totals);
		}
		const school = await authAs(s, 'thcs.quangminh');
		const centre = await authAs(s, 'tienthang.ttht');
		expect((await s.emulation.activities.list(school)).items).toHaveLength(4);
		expect((await s.emulation.activities.list(school)).items.every((a) => a.schoolOrgId === demoId('thcs-quang-minh'))).toBe(true);
		expect((await s.emulation.activities.list(centre, { orgId: demoId('ttht-tien-thang') })).items).toHaveLength(3);
	});
});
