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

	it('counts the year\'s loans for officers within their scope only, by shelf, month, subject and reader age, and copies never lent', async () => {
		const s = get().services;
		const year = Number(get().clock.now().toISOString().slice(0, 4));
		// dan.lan, who borrows at the kept shelf, linked to her record: a child born in 2016
		const admin = await authAs(s, 'admin');
		const village = (await s.db.kysely.selectFrom('admin_units').select('id').where('level', '=', 'village').executeTakeFirstOrThrow()).id;
		const lan = await s.people.create(admin, { fullName: 'Nguyễn Thị Lan', birthDate: '2016-05-12', gender: 'female', villageId: village });
		const lanAccount = await s.db.kysely.selectFrom('accounts').select('id').where('login', '=', 'dan.lan').executeTakeFirstOrThrow();
		await s.db.kysely.updateTable('residents').set({ account_id: lanAccount.id }).where('id', '=', lan.id).execute();
		const all = await s.library.figures(await authAs(s, 'admin'), { year });
		const qm = await s.library.figures(await authAs(s, 'quangminh.canbo'), { year });
		expect(all.total).toBeGreaterThan(qm.total);
		expect(qm.total).toBeGreaterThan(0);
		expect(qm.byShelf).toHaveLength(5);
		expect(qm.byShelf.reduce((a, r) => a + r.loans, 0)).toBe(qm.total);
		expect(qm.byMonth.reduce((a, r) => a + r.loans, 0)).toBe(qm.total);
		expect(qm.bySubject.reduce((a, r) => a + r.loans, 0)).toBe(qm.total);
		expect(qm.byAge.reduce((a, r) => a + r.loans, 0)).toBe(qm.total);
		// dan.lan's record gives her age; the demo's other readers have none
		expect(qm.byAge.map((r) => r.key)).toEqual(['children', 'unknown']);
		expect(qm.top.length).toBe(10);
		expect(qm.neverLent.count).toBeGreaterThan(0);
		expect(all.neverLent.count).toBeGreaterThan(qm.neverLent.count);
		const book = await s.library.figuresWorkbook(await authAs(s, 'quangminh.canbo'), { year });
		expect(book.bytes.subarray(0, 2).toString()).toBe('PK');
		expect((await s.library.figures(await authAs(s, 'dan.lan')).catch((e) => e)).code).toBe('forbidden');
	});

	it('has Quang Minh’s reading challenges: last 21 April’s certified for dan.lan through credentials, this winter’s running', async () => {
		const s = get().services;
		const lan = await authAs(s, 'dan.lan');
		const mine = await s.library.myChallengeEntries(lan);
		expect(mine).toHaveLength(3);
		const bookDay = mine.find((c) => c.occasion === 'book_day' && c.phase === 'over')!;
		expect(bookDay.mine.books).toBeGreaterThanOrEqual(5);
		expect(bookDay.mine.certificateCode).not.toBeNull();
		expect(await s.credentials.verify(bookDay.mine.certificateCode!)).toMatchObject({ valid: true, kind: 'reading_challenge', learnerName: 'Nguyễn Thị Lan' });
		const winter = mine.find((c) => c.phase === 'running')!;
		expect(winter.mine.books).toBeGreaterThanOrEqual(2);
		expect(winter.mine.certificateCode).toBeNull();
		// the public list shows the running one for the commune; the organisers see its participants
		expect((await s.library.challenges({ unit: demoId('xa-quang-minh') })).items.map((c) => c.id)).toContain(winter.id);
		expect((await s.library.challengeEntries(await authAs(s, 'quangminh.canbo'), winter.id)).items.length).toBe(26);
	});
});
