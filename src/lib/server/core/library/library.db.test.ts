import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { DEMO_PASSWORD } from '../../demo/seed';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

describeEachDatabase('library: shelves, copies and loans that never lend a copy twice', { demo: 'no-news', smtp: true }, (get) => {
	let n = 0;
	/** a fresh account (a volunteer keeper, a reader) signed in */
	const person = async (name: string, email: string | null = null) => {
		const s = get().services;
		const login = `lib${Date.now().toString(36)}${n++}`;
		await s.accounts.createAccountDirect({ login, displayName: name, password: DEMO_PASSWORD, email, grants: [] });
		return { login, auth: await authAs(s, login) };
	};
	const setup = async () => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const ylOfficer = await authAs(s, 'yenlang.canbo');
		const shelf = await s.library.createShelf(officer, { name: 'Tủ sách Nhà văn hóa thôn 1', unitId: QM, address: 'Nhà văn hóa thôn 1', hours: 'Thứ Bảy, Chủ nhật 8:00–11:00', loanDays: 14, maxRenewals: 1 });
		const other = await s.library.createShelf(ylOfficer, { name: 'Tủ sách Trường Tiểu học Yên Lãng', unitId: YL, hours: 'Giờ ra chơi' });
		const keeper = await person('Phạm Văn Giữ');
		await s.library.addKeeper(officer, shelf.id, { login: keeper.login });
		const title = await s.library.createTitle(keeper.auth, { isbn: '978-604-1-08525-1', title: 'Dế Mèn phiêu lưu ký', authors: 'Tô Hoài', publisher: 'NXB Kim Đồng', year: '2020', subject: 'children', ageGroup: 'children' });
		const copies = await s.library.addCopies(keeper.auth, shelf.id, { titleId: title.id, count: 2 });
		const otherCopies = await s.library.addCopies(ylOfficer, other.id, { titleId: title.id, count: 1 });
		return { s, officer, ylOfficer, shelf, other, keeper, title, codes: copies.items.map((c) => c.code), otherCode: otherCopies.items[0]!.code };
	};

	it('lends one copy once when twenty keepers scan it at the same moment', async () => {
		const { s, keeper, officer, codes } = await setup();
		const readers = await Promise.all(Array.from({ length: 20 }, (_, i) => person(`Bạn đọc ${i + 1}`)));
		const results = await Promise.allSettled(readers.map((r, i) => s.library.lend(i % 2 ? keeper.auth : officer, { code: codes[0]!, reader: r.login })));
		const lent = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(lent).toHaveLength(1);
		expect(refused.map((r) => (r.reason as { key?: string }).key)).toEqual(Array(19).fill('errors.library.already_on_loan'));
		const k = s.db.kysely;
		const c = await k.selectFrom('library_copies').select('id').where('code', '=', codes[0]!).executeTakeFirstOrThrow();
		const loans = await k.selectFrom('library_loans').select('id').where('copy_id', '=', c.id).execute();
		expect(loans).toHaveLength(1);
	});

	it('the open-loan index refuses a second open loan whatever code writes it', async () => {
		const { s, keeper, codes } = await setup();
		const r = await person('Nguyễn Thị Đọc');
		const loan = await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		const k = s.db.kysely;
		const row = await k.selectFrom('library_loans').selectAll().where('id', '=', loan.id).executeTakeFirstOrThrow();
		await expect(k.insertInto('library_loans').values({ ...row, id: '01900000-0000-7000-8000-000000000001' }).execute()).rejects.toThrow();
	});

	it('tells a wrong ISBN check digit, an unknown code and a return of a copy not on loan, and changes nothing', async () => {
		const { s, keeper, title, codes } = await setup();
		const k = s.db.kysely;
		const count = async () => {
			const [t, l, c] = await Promise.all(['library_titles', 'library_loans', 'library_copies'].map((tb) => k.selectFrom(tb as 'library_titles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()));
			const states = await k.selectFrom('library_copies').select(['code', 'status']).orderBy('code').execute();
			return JSON.stringify([Number(t!.n), Number(l!.n), Number(c!.n), states]);
		};
		const before = await count();
		const bad = await errorOf(s.library.createTitle(keeper.auth, { isbn: '978-604-1-08525-4', title: 'Sách sai mã', subject: 'other', ageGroup: 'adult' }));
		expect(bad).toMatchObject({ code: 'invalid', fields: { isbn: { key: 'errors.library.isbn_check_digit' } } });
		const unknown = await errorOf(s.library.lend(keeper.auth, { code: 'ZZZZZZ', reader: 'dan.lan' }));
		expect(unknown).toMatchObject({ code: 'invalid', fields: { code: { key: 'errors.library.unknown_code' } } });
		const malformed = await errorOf(s.library.giveBack(keeper.auth, { code: 'abc' }));
		expect(malformed.fields.code?.key).toBe('errors.library.code_format');
		const notOnLoan = await errorOf(s.library.giveBack(keeper.auth, { code: codes[1]! }));
		expect(notOnLoan).toMatchObject({ code: 'conflict', key: 'errors.library.not_on_loan' });
		const noReader = await errorOf(s.library.lend(keeper.auth, { code: codes[1]!, reader: 'khong-co-ai' }));
		expect(noReader.fields.reader?.key).toBe('errors.library.unknown_reader');
		expect(await count()).toBe(before);
		// the same book typed again merges into the title there is
		const again = await s.library.createTitle(keeper.auth, { isbn: '0', title: 'x', subject: 'other', ageGroup: 'adult' }).catch((e) => e);
		expect(again.fields.isbn.key).toBe('errors.library.isbn_format');
		const dup = await s.library.createTitle(keeper.auth, { title: 'DẾ MÈN phiêu lưu ký', authors: 'Tô Hoài', subject: 'children', ageGroup: 'children' });
		expect(dup).toMatchObject({ id: title.id, merged: true });
	});

	it('answers 404 to a keeper of one shelf on another commune\'s shelf, 401 to no session', async () => {
		const { s, keeper, other, otherCode, officer } = await setup();
		const r = await person('Trần Văn Mượn');
		expect((await errorOf(s.library.lend(keeper.auth, { code: otherCode, reader: r.login }))).code).toBe('not_found');
		expect((await errorOf(s.library.desk(keeper.auth, other.id))).code).toBe('not_found');
		expect((await errorOf(s.library.desk(officer, other.id))).code).toBe('not_found');
		expect((await errorOf(s.library.addCopies(keeper.auth, other.id, { titleId: other.id, count: 1 }))).code).toBe('not_found');
		expect((await errorOf(s.library.lend(anonymous, { code: otherCode, reader: r.login }))).code).toBe('unauthenticated');
		expect((await errorOf(s.library.myReading(anonymous))).code).toBe('unauthenticated');
		// a keeper cannot name keepers (managing is the officers')
		expect((await errorOf(s.library.addKeeper(keeper.auth, (await s.library.myShelves(keeper.auth)).items[0]!.id, { login: r.login }))).code).toBe('not_found');
		// an officer cannot open a shelf outside their commune
		expect((await errorOf(s.library.createShelf(officer, { name: 'Ngoài phạm vi', unitId: YL }))).fields.unitId?.key).toBe('errors.library.unit');
	});

	it('lends, renews, takes back, and the held copy goes to the next reader who is emailed', async () => {
		const { s, keeper, title, shelf, codes } = await setup();
		const smtp = get().smtp!;
		const first = await person('Lê Thị Đọc Trước', `doc.truoc.${get().dialect}@example.vn`);
		const second = await person('Vũ Văn Chờ', `van.cho.${get().dialect}@example.vn`);
		const a = await s.library.lend(keeper.auth, { code: codes[0]!, reader: first.login });
		const b = await s.library.lend(keeper.auth, { code: codes[1]!, reader: first.login });
		expect(a).toMatchObject({ title: 'Dế Mèn phiêu lưu ký', readerName: 'Lê Thị Đọc Trước', renewals: 0 });
		expect(a.dueOn > a.lentOn).toBe(true);
		expect((await errorOf(s.library.lend(keeper.auth, { code: codes[0]!, reader: second.login }))).key).toBe('errors.library.already_on_loan');
		// the reader renews once (the shelf allows one), then no more
		const renewed = await s.library.renew(first.auth, a.id);
		expect(renewed.renewals).toBe(1);
		expect((await errorOf(s.library.renew(first.auth, a.id))).key).toBe('errors.library.renew_limit');
		// the second reader waits for the title; no renewal while someone waits
		const hold = await s.library.placeHold(second.auth, { titleId: title.id, shelfId: shelf.id });
		expect(hold).toMatchObject({ status: 'waiting', position: 1 });
		expect((await errorOf(s.library.placeHold(second.auth, { titleId: title.id, shelfId: shelf.id }))).key).toBe('errors.library.already_held');
		expect((await errorOf(s.library.renew(keeper.auth, b.id))).key).toBe('errors.library.renew_held');
		// the reader's record shows both loans; a title can be hidden
		const mine = await s.library.myReading(first.auth);
		expect(mine.loans.map((l) => l.copyCode).sort()).toEqual([...codes].sort());
		// hidden while still out, it stays in the list of books out: it is the reader's to bring back
		await s.library.hideLoan(first.auth, b.id, { hidden: true });
		expect((await s.library.myReading(first.auth)).loans.filter((l) => l.list === 'out').map((l) => [l.id, l.hidden]).sort()).toEqual([[a.id, false], [b.id, true]].sort());
		expect((await errorOf(s.library.hideLoan(second.auth, a.id, { hidden: true }))).code).toBe('not_found');
		// taken back: the copy is held for the one waiting, who gets a letter
		const back = await s.library.giveBack(keeper.auth, { code: codes[0]! });
		expect(back.heldFor?.readerName).toBe('Vũ Văn Chờ');
		const mail = await smtp.next(`van.cho.${get().dialect}@example.vn`);
		expect(mail.subject).toContain('Dế Mèn phiêu lưu ký');
		// the held copy cannot go to someone else; it goes to its reader
		expect((await errorOf(s.library.lend(keeper.auth, { code: codes[0]!, reader: first.login }))).key).toBe('errors.library.held_for_other');
		await s.library.lend(keeper.auth, { code: codes[0]!, reader: second.login });
		expect((await s.library.myReading(second.auth)).holds).toEqual([]);
		// a second return of the same copy is refused and changes nothing
		await s.library.giveBack(keeper.auth, { code: codes[1]! });
		expect((await errorOf(s.library.giveBack(keeper.auth, { code: codes[1]! }))).key).toBe('errors.library.not_on_loan');
	});

	it('reminds readers by email two days before the due date, once', async () => {
		const { s, keeper, codes } = await setup();
		const { clock, smtp } = get();
		const r = await person('Đỗ Thị Nhắc', `nhac.${get().dialect}@example.vn`);
		const loan = await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		const start = clock.now().getTime();
		try {
			clock.set(new Date(start + 12 * 86_400_000));
			expect(await s.library.sendReminders()).toBeGreaterThanOrEqual(1);
			const mail = await smtp!.next(`nhac.${get().dialect}@example.vn`);
			expect(mail.subject).toContain('Sắp đến hạn trả sách');
			expect(await s.library.sendReminders()).toBe(0);
			const row = await s.db.kysely.selectFrom('library_loans').select('reminded_on').where('id', '=', loan.id).executeTakeFirstOrThrow();
			expect(row.reminded_on).not.toBeNull();
		} finally {
			clock.set(new Date(start));
		}
	});

	it('merges a duplicate title entered with another spelling: copies, loans and holds move to the one kept', async () => {
		const { s, keeper, title, shelf, codes } = await setup();
		const dup = await s.library.createTitle(keeper.auth, { title: 'De Men phieu luu ki', authors: 'Tô Hoài', subject: 'children', ageGroup: 'children' });
		expect(dup.merged).toBe(false);
		const [copy] = (await s.library.addCopies(keeper.auth, shelf.id, { titleId: dup.id, count: 1 })).items;
		const r = await person('Bạn đọc gộp sách');
		const loan = await s.library.lend(keeper.auth, { code: copy!.code, reader: r.login });
		await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		await s.library.lend(keeper.auth, { code: codes[1]!, reader: r.login });
		const waiting = await person('Người chờ sách trùng');
		await s.library.placeHold(waiting.auth, { titleId: dup.id, shelfId: shelf.id });
		const kept = await s.library.mergeTitles(keeper.auth, { keepId: title.id, duplicateId: dup.id });
		expect(kept.id).toBe(title.id);
		expect((await s.library.publicTitle(dup.id)).id).toBe(title.id);
		expect((await s.library.publicTitle(title.id)).shelves.find((x) => x.id === shelf.id)?.copies).toBe(3);
		expect((await s.library.myReading(r.auth)).loans.find((l) => l.id === loan.id)?.titleId).toBe(title.id);
		expect((await s.library.myReading(waiting.auth)).holds[0]?.titleId).toBe(title.id);
		expect((await errorOf(s.library.mergeTitles(keeper.auth, { keepId: title.id, duplicateId: dup.id }))).fields.duplicateId?.key).toBe('errors.library.unknown_title');
		expect((await errorOf(s.library.mergeTitles(keeper.auth, { keepId: title.id, duplicateId: title.id }))).fields.duplicateId?.key).toBe('errors.library.merge_same');
		expect((await errorOf(s.library.mergeTitles(r.auth, { keepId: title.id, duplicateId: dup.id }))).code).toBe('forbidden');
	});

	it('finds titles without accents in the public catalog, with where copies are and whether they are in', async () => {
		const { s, keeper, shelf, title, codes } = await setup();
		await s.library.createTitle(keeper.auth, { title: 'Kỹ thuật trồng lúa năng suất cao', authors: 'Nguyễn Văn Đồng', subject: 'farming', ageGroup: 'adult' });
		const hits = await s.library.catalog({ q: 'de men phieu' });
		expect(hits.items.map((t) => t.id)).toContain(title.id);
		expect((await s.library.catalog({ q: 'DẾ MÈN' })).items[0]?.id).toBe(title.id);
		// only titles with a copy on a shelf are in the catalog
		expect((await s.library.catalog({ q: 'trong lua' })).items).toEqual([]);
		const inQm = await s.library.catalog({ q: 'to hoai', unit: QM });
		expect(inQm.items.find((t) => t.id === title.id)?.copies).toBeGreaterThanOrEqual(2);
		const r = await person('Người mượn hết');
		await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		await s.library.lend(keeper.auth, { code: codes[1]!, reader: r.login });
		expect((await s.library.catalog({ q: 'de men', shelf: shelf.id, available: '1' })).items.map((t) => t.id)).not.toContain(title.id);
		const page = await s.library.publicTitle(title.id);
		expect(page.shelves.find((x) => x.id === shelf.id)).toMatchObject({ copies: 2, available: 0, hours: 'Thứ Bảy, Chủ nhật 8:00–11:00' });
		expect((await s.library.catalog({ age: 'nope' }).catch((e) => e)).fields.age.key).toBe('errors.field.choice');
		const pdf = await s.library.labelsPdf(keeper.auth, shelf.id, null);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});

describeEachDatabase('library: a shelf\'s book list from a spreadsheet, all rows or none', { demo: 'no-news' }, (get) => {
	const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
	it('shows every refused row with its line and column and writes nothing; then writes all, merging books already there', async () => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const shelf = await s.library.createShelf(officer, { name: 'Tủ sách nhập từ bảng tính', unitId: QM });
		const k = s.db.kysely;
		const titles = async () => Number((await k.selectFrom('library_titles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		const before = await titles();
		const bad = await s.library.importTitles(officer, shelf.id, {
			fileName: 'sach.csv',
			commit: true,
			bytes: csv(['Tên sách,Tác giả,ISBN,Chủ đề,Lứa tuổi,Số bản', 'Dế Mèn phiêu lưu ký,Tô Hoài,978-604-1-08525-1,Thiếu nhi,Thiếu nhi,2', 'Sách sai mã,Ai đó,978-604-1-08525-4,Văn học,Người lớn,1', 'Sách không chủ đề,Ai đó,,Bói toán,Người lớn,1'])
		});
		expect(bad.status).toBe('refused');
		expect(bad.problems).toEqual([
			{ line: 3, column: 'ISBN', key: 'errors.library.isbn_check_digit' },
			{ line: 4, column: 'Chủ đề', key: 'errors.library.import.subject' }
		]);
		expect(await titles()).toBe(before);
		const ok = await s.library.importTitles(officer, shelf.id, {
			fileName: 'sach.csv',
			commit: true,
			bytes: csv(['Tên sách,Tác giả,ISBN,Chủ đề,Lứa tuổi,Số bản', 'Dế Mèn phiêu lưu ký,Tô Hoài,978-604-1-08525-1,Thiếu nhi,Thiếu nhi,2', 'Kỹ thuật nuôi gà thả vườn,Trần Văn Sỹ,,Nông nghiệp,Người lớn,1', 'DẾ MÈN PHIÊU LƯU KÝ,Tô Hoài,,thieu nhi,thieu nhi,1'])
		});
		expect(ok).toMatchObject({ status: 'committed', rows: 3, copies: 4, merged: 1 });
		expect(await titles()).toBe(before + 2);
		expect((await s.library.shelfCopies(officer, shelf.id)).items).toHaveLength(4);
		expect((await s.library.catalog({ q: 'de men', shelf: shelf.id })).items[0]).toMatchObject({ copies: 3, available: 3 });
	});
});

describeEachDatabase('library: books given to a shelf, in kind through a fund', { demo: 'no-news' }, (get) => {
	it('writes an in-kind entry in the fund with the value, links the copies, thanks only donors who agreed', async () => {
		const s = get().services;
		const hkh = await authAs(s, 'quangminh.khuyenhoc');
		const shelf = await s.library.createShelf(hkh, { name: 'Tủ sách Hội Khuyến học', unitId: QM });
		const fund = await s.funds.create(hkh, { name: 'Quỹ khuyến học xã Quang Minh (sách)', ownerKind: 'association_branch', unitId: QM });
		const named = await s.library.donateBooks(hkh, shelf.id, { donorName: 'Bà Trần Thị Thư', donorPublic: true, bookCount: 30, value: 1_500_000, fundId: fund.id, receivedOn: '2026-11-20' });
		await s.library.donateBooks(hkh, shelf.id, { donorName: 'Ông Không Muốn Nêu Tên', donorPublic: false, bookCount: 5, receivedOn: '2026-11-21' });
		const entry = await s.db.kysely.selectFrom('fund_entries').selectAll().where('id', '=', named.fundEntryId!).executeTakeFirstOrThrow();
		expect(entry).toMatchObject({ fund_id: fund.id, method: 'in_kind', kind: 'donation' });
		expect(Number(entry.delta)).toBe(1_500_000);
		expect((await s.funds.get(hkh, fund.id)).balance).toBe(1_500_000);
		const t = await s.library.createTitle(hkh, { title: 'Cây cam ngọt của tôi', authors: 'José Mauro de Vasconcelos', subject: 'literature', ageGroup: 'teen' });
		await s.library.addCopies(hkh, shelf.id, { titleId: t.id, count: 2, donationId: named.id });
		expect((await s.library.shelfDonations(hkh, shelf.id)).items.find((d) => d.id === named.id)?.titles).toEqual(['Cây cam ngọt của tôi']);
		const page = await s.library.publicShelf(shelf.id);
		expect(page.thanks).toEqual([{ name: 'Bà Trần Thị Thư', books: 30, receivedOn: '2026-11-20' }]);
		// a value needs a fund to go to with it, a fund needs a value; a fund out of reach is a wrong choice
		expect((await errorOf(s.library.donateBooks(hkh, shelf.id, { bookCount: 3, fundId: fund.id, receivedOn: '2026-11-20' }))).fields.value?.key).toBe('errors.library.donation_value');
		const yl = await authAs(s, 'yenlang.canbo');
		const ylShelf = await s.library.createShelf(yl, { name: 'Tủ sách Yên Lãng', unitId: YL });
		expect((await errorOf(s.library.donateBooks(yl, ylShelf.id, { bookCount: 3, value: 100_000, fundId: fund.id, receivedOn: '2026-11-20' }))).fields.fundId?.key).toBe('errors.library.fund');
		expect((await errorOf(s.library.donateBooks(yl, shelf.id, { bookCount: 3, receivedOn: '2026-11-20' }))).code).toBe('not_found');
	});
});
