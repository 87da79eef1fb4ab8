import { expect, it } from 'vitest';
import { authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { DEMO_COPIES, DEMO_TITLES } from './demo/load';

describeEachDatabase('library: the demo bookshelves', { demo: 'no-news', library: true }, (get) => {
	it('loads twenty shelves, 3,000 titles, 8,000 copies and a year of loans that keep one open loan per copy', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const count = async (t: 'library_shelves' | 'library_titles' | 'library_copies' | 'library_loans') => Number((await k.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		expect(await count('library_shelves')).toBe(20);
		expect(await count('library_titles')).toBe(DEMO_TITLES);
		expect(await count('library_copies')).toBe(DEMO_COPIES);
		expect(await count('library_loans')).toBeGreaterThan(5_000);
		const onLoan = Number((await k.selectFrom('library_copies').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'on_loan').executeTakeFirstOrThrow()).n);
		const open = Number((await k.selectFrom('library_loans').select((eb) => eb.fn.countAll<number>().as('n')).where('returned_at', 'is', null).executeTakeFirstOrThrow()).n);
		expect(open).toBe(onLoan);
		// the catalog finds books without accents, in a commune
		const hits = await s.library.catalog({ q: 'ky thuat trong lua', unit: demoId('xa-quang-minh') });
		expect(hits.items[0]?.title).toMatch(/trồng và chăm sóc lúa/);
		// the demo keeper keeps a shelf; dan.lan has read there
		const keeper = await authAs(s, 'tusach.quangminh');
		expect((await s.library.myShelves(keeper)).items).toHaveLength(1);
		expect((await s.library.myReading(await authAs(s, 'dan.lan'))).loans.length).toBeGreaterThan(0);
	});
});
