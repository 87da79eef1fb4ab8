import { expect, it } from 'vitest';
import { anonymous, authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

describeEachDatabase('titles: the demo', { demo: true, titles: true }, (get) => {
	it('finished last year in all four communes and has Quang Minh at the village review, one list posted with an objection waiting', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const cycles = (await s.titles.cycles(admin, {})).items;
		expect(cycles.filter((c) => c.year === 2025 && c.status === 'decided')).toHaveLength(4);
		const now = cycles.filter((c) => c.year === 2026);
		expect(now.map((c) => [c.communeName, c.status])).toEqual([['Xã Quang Minh', 'open']]);
		const qm = await authAs(s, 'quangminh.canbo');
		const view = await s.titles.cycle(qm, now[0]!.id);
		const live = view.villages.filter((v) => v.posting?.open);
		expect(live).toHaveLength(1);
		const list = await s.titles.posting(anonymous, now[0]!.id, live[0]!.id);
		expect(list.candidates.length).toBeGreaterThan(0);
		const objections = await s.titles.objections(qm, now[0]!.id);
		expect(objections.filter((o) => o.answer === null)).toHaveLength(1);
		// dan.lan's household registered itself; her record shows nothing recognised yet this year
		const lan = await authAs(s, 'dan.lan');
		const mine = await s.titles.mine(lan);
		expect(mine?.registrations.find((r) => r.year === 2026)).toMatchObject({ kind: 'family', via: 'self', status: 'reviewed' });
		// a decision cannot be taken while the list is posted and the objection waits
		const f = await s.titles.figures(qm, { commune: demoId('xa-quang-minh'), year: 2026 });
		expect(f.previous.find((r) => r.kind === 'community')!.recognised).toBeGreaterThan(0);
		// public: counts per title and village; names only of those who consented; the live list linked
		const pub = await s.titles.publicCounts(demoId('xa-quang-minh'), { year: 2025 });
		expect(pub.byKind.find((k) => k.kind === 'community')!.recognised).toBe(f.previous.find((r) => r.kind === 'community')!.recognised);
		const consented = await s.db.kysely.selectFrom('title_registrations as r').innerJoin('title_cycles as c', 'c.id', 'r.cycle_id').select('r.subject_name').where('c.commune_id', '=', demoId('xa-quang-minh')).where('c.year', '=', 2025).where('r.status', '=', 'recognised').where('r.public_consent', '=', 1).execute();
		expect(pub.names.map((n) => n.name).sort()).toEqual(consented.map((r) => r.subject_name).sort());
		expect(pub.postings).toHaveLength(1);
	});
});
