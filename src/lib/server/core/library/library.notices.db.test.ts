/**
 * The bookshelves' leftovers (issue 15): the one overdue letter per loan, a ready hold that expires
 * and passes its copy on, a shelf's settings, removing keepers, and a book hidden while still out.
 */
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { DEMO_PASSWORD } from '../../demo/seed';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const DAY = 86_400_000;

describeEachDatabase('library: overdue letters, holds that expire, shelves\' settings and keepers', { demo: 'no-news', smtp: true }, (get) => {
	let n = 0;
	const person = async (name: string, withEmail = false) => {
		const s = get().services;
		const login = `ln${Date.now().toString(36)}${n++}`;
		const email = withEmail ? `${login}.${get().dialect}@example.vn` : null;
		await s.accounts.createAccountDirect({ login, displayName: name, password: DEMO_PASSWORD, email, grants: [] });
		return { login, email: email!, auth: await authAs(s, login) };
	};
	const setup = async (shelf: Record<string, unknown> = {}, copies = 2) => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const sh = await s.library.createShelf(officer, { name: `Tủ sách thôn Đoài ${n++}`, unitId: QM, hours: 'Chủ nhật 8:00–11:00', loanDays: 14, maxRenewals: 1, ...shelf });
		const keeper = await person('Nguyễn Văn Giữ Tủ');
		await s.library.addKeeper(officer, sh.id, { login: keeper.login });
		const title = await s.library.createTitle(keeper.auth, { title: `Cẩm nang chăm sóc lúa mùa ${n++}`, authors: 'Hoàng Văn Lúa', subject: 'farming', ageGroup: 'adult' });
		const added = await s.library.addCopies(keeper.auth, sh.id, { titleId: title.id, count: copies });
		return { s, officer, shelf: sh, keeper, title, codes: added.items.map((c) => c.code) };
	};
	/** runs fn with the clock moved on by `days`, then puts it back */
	const later = async <T>(days: number, fn: () => Promise<T>): Promise<T> => {
		const { clock } = get();
		const start = clock.now().getTime();
		clock.set(new Date(start + days * DAY));
		try {
			return await fn();
		} finally {
			clock.set(new Date(start));
		}
	};
	const lettersTo = (to: string) => get().smtp!.received.filter((m) => m.to === to);
	const settle = () => new Promise((r) => setTimeout(r, 1500));

	it('sends one polite overdue letter per loan, however many times (and processes) the job runs', async () => {
		const { s, keeper, codes } = await setup();
		const r = await person('Trần Thị Quá Hạn', true);
		const loan = await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		// a book out for months is the keeper's matter: no letter out of the blue
		const long = await person('Ngô Văn Mượn Lâu', true);
		const old = await later(-50, () => s.library.lend(keeper.auth, { code: codes[1]!, reader: long.login }));
		// not yet due: nothing
		expect(await s.library.sendOverdueNotices()).toBe(0);
		await later(16, async () => {
			// three runs at once (two processes' jobs and a retry): one letter
			const runs = await Promise.all([s.library.sendOverdueNotices(), s.library.sendOverdueNotices(), s.library.sendReminders()]);
			expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
			const mail = await get().smtp!.next(r.email);
			expect(mail.subject).toContain('Sách đã quá hạn trả');
			expect(mail.text).toContain('Chủ nhật 8:00–11:00');
			expect(mail.text).toMatch(/đã đến hạn trả từ ngày \d{2}\/\d{2}\/\d{4}/);
			// run again the next day: nothing more
			await later(1, () => s.library.sendReminders());
			expect(await s.library.sendOverdueNotices()).toBe(0);
			await settle();
			expect(lettersTo(r.email).filter((m) => m.subject.includes('quá hạn'))).toHaveLength(1);
			// an overdue loan is not also told it is "due soon"
			expect(lettersTo(r.email).filter((m) => m.subject.includes('Sắp đến hạn'))).toHaveLength(0);
			const row = await s.db.kysely.selectFrom('library_loans').select('overdue_notice_on').where('id', '=', loan.id).executeTakeFirstOrThrow();
			expect(row.overdue_notice_on).toBe(new Date(get().clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10));
			expect(lettersTo(long.email)).toHaveLength(0);
			expect((await s.db.kysely.selectFrom('library_loans').select('overdue_notice_on').where('id', '=', old.id).executeTakeFirstOrThrow()).overdue_notice_on).toBeNull();
		});
	});

	it('does not write to a reader whose book came back, and the desk lists overdue loans first with the days over', async () => {
		const { s, keeper, shelf, codes } = await setup({}, 3);
		const back = await person('Lê Văn Đã Trả', true);
		const late = await person('Phạm Thị Trễ');
		const recent = await person('Đỗ Văn Mới Mượn');
		await s.library.lend(keeper.auth, { code: codes[0]!, reader: back.login });
		await s.library.giveBack(keeper.auth, { code: codes[0]! });
		await later(10, () => s.library.lend(keeper.auth, { code: codes[1]!, reader: recent.login }));
		const lateLoan = await later(-3, () => s.library.lend(keeper.auth, { code: codes[2]!, reader: late.login }));
		await later(16, async () => {
			const desk = await s.library.desk(keeper.auth, shelf.id);
			expect(desk.overdue).toBe(1);
			expect(desk.loans.map((l) => [l.id, l.overdueDays])).toEqual([
				[lateLoan.id, 5],
				[desk.loans[1]!.id, 0]
			]);
			expect(desk.loans[1]!.readerName).toBe('Đỗ Văn Mới Mượn');
			// the reader sees it overdue too
			expect((await s.library.myReading(late.auth)).loans[0]).toMatchObject({ list: 'out', overdueDays: 5 });
			await s.library.sendOverdueNotices();
		});
		await settle();
		expect(lettersTo(back.email)).toHaveLength(0);
	});

	it('expires a ready hold after the shelf\'s hold days: the copy goes to the next reader, who is emailed; the first sees why', async () => {
		const { s, keeper, shelf, title, codes } = await setup({ holdDays: '3' }, 1);
		expect(shelf.holdDays).toBe(3);
		const a = await person('Người Đang Đọc');
		const b = await person('Vũ Thị Chờ Trước', true);
		const c = await person('Hà Văn Chờ Sau', true);
		await s.library.lend(keeper.auth, { code: codes[0]!, reader: a.login });
		await s.library.placeHold(b.auth, { titleId: title.id, shelfId: shelf.id });
		await s.library.placeHold(c.auth, { titleId: title.id, shelfId: shelf.id });
		await s.library.giveBack(keeper.auth, { code: codes[0]! });
		const today = (d = 0) => new Date(get().clock.now().getTime() + 7 * 3_600_000 + d * DAY).toISOString().slice(0, 10);
		const bHold = (await s.library.myReading(b.auth)).holds[0]!;
		expect(bHold).toMatchObject({ status: 'ready', readyUntil: today(3) });
		expect((await get().smtp!.next(b.email)).text).toContain('đến hết ngày');
		// the last day is still hers
		expect(await later(3, () => s.library.expireReadyHolds())).toEqual({ expired: 0, passedOn: 0 });
		// the day after: closed, and the copy is set aside for the next reader (twice at once: once)
		const runs = await later(4, () => Promise.all([s.library.expireReadyHolds(), s.library.expireReadyHolds()]));
		expect(runs.reduce((x, r) => x + r.expired, 0)).toBe(1);
		expect(runs.reduce((x, r) => x + r.passedOn, 0)).toBe(1);
		expect((await get().smtp!.next(c.email)).subject).toContain(title.title);
		const cHold = (await later(4, () => s.library.myReading(c.auth))).holds[0]!;
		expect(cHold).toMatchObject({ status: 'ready', readyUntil: today(7), copyCode: codes[0] });
		const bNow = await later(4, () => s.library.myReading(b.auth));
		expect(bNow.holds).toEqual([]);
		expect(bNow.expiredHolds).toMatchObject([{ id: bHold.id, status: 'expired', title: title.title }]);
		// the copy cannot go to her now; it goes to the next reader
		expect((await errorOf(s.library.lend(keeper.auth, { code: codes[0]!, reader: b.login }))).key).toBe('errors.library.held_for_other');
		const audit = await s.db.kysely.selectFrom('audit_log').select(['action', 'actor_label', 'scope_unit_id']).where('entity_id', '=', bHold.id).where('action', '=', 'library.hold.expire').execute();
		expect(audit).toEqual([{ action: 'library.hold.expire', actor_label: 'library.reminders', scope_unit_id: QM }]);
		// the next one lets it pass too: no one waits, the copy is back on the shelf
		expect(await later(8, () => s.library.expireReadyHolds())).toEqual({ expired: 1, passedOn: 0 });
		const copy = await s.db.kysely.selectFrom('library_copies').select(['status', 'held_for_hold_id']).where('code', '=', codes[0]!).executeTakeFirstOrThrow();
		expect(copy).toEqual({ status: 'available', held_for_hold_id: null });
		expect((await s.library.catalog({ shelf: shelf.id, available: '1' })).items.map((t) => t.id)).toContain(title.id);
	});

	it('expiring a hold and lending its copy at the same moment: one of them happens, never both, no error', async () => {
		const { s, keeper, shelf, title, codes } = await setup({ holdDays: 2 }, 1);
		const r = await person('Bạn Đọc Đến Muộn');
		await s.library.placeHold(r.auth, { titleId: title.id, shelfId: shelf.id });
		const [expiry, lend] = await later(3, () => Promise.allSettled([s.library.expireReadyHolds(), s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login })]));
		expect(expiry.status).toBe('fulfilled');
		const k = s.db.kysely;
		const copy = await k.selectFrom('library_copies').select(['id', 'status']).where('code', '=', codes[0]!).executeTakeFirstOrThrow();
		const open = await k.selectFrom('library_loans').select('id').where('copy_id', '=', copy.id).where('returned_at', 'is', null).execute();
		const hold = await k.selectFrom('library_holds').select('status').where('reader_account_id', '=', (await authAs(s, r.login)).actor!.accountId).executeTakeFirstOrThrow();
		if (lend.status === 'fulfilled') {
			expect([copy.status, open.length, hold.status]).toEqual(['on_loan', 1, 'fulfilled']);
			expect((expiry as PromiseFulfilledResult<{ expired: number }>).value.expired).toBe(0);
		} else {
			expect((lend.reason as { code?: string }).code).toBe('conflict');
			expect([copy.status, open.length, hold.status]).toEqual(['available', 0, 'expired']);
		}
	});

	it('the reader cancelling a ready hold while the keeper lends its copy to them: one of them happens, no error, no deadlock', async () => {
		const { s, keeper, shelf, title, codes } = await setup({}, 1);
		const r = await person('Bạn Đọc Đổi Ý');
		const hold = await s.library.placeHold(r.auth, { titleId: title.id, shelfId: shelf.id });
		expect(hold.status).toBe('ready');
		const [cancel, lend] = await Promise.allSettled([s.library.cancelHold(r.auth, hold.id), s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login })]);
		for (const x of [cancel, lend]) if (x.status === 'rejected') expect((x.reason as { code?: string }).code).toBe('conflict');
		const k = s.db.kysely;
		const copy = await k.selectFrom('library_copies').select(['id', 'status']).where('code', '=', codes[0]!).executeTakeFirstOrThrow();
		const open = await k.selectFrom('library_loans').select('id').where('copy_id', '=', copy.id).where('returned_at', 'is', null).execute();
		const h = await k.selectFrom('library_holds').select('status').where('id', '=', hold.id).executeTakeFirstOrThrow();
		// cancelled then lent (the copy free again by then), lent on the hold (the cancel comes too late), or cancelled first (the lend comes too late)
		const outcomes: Record<string, unknown[]> = { 'fulfilled fulfilled': ['on_loan', 1, 'cancelled'], 'rejected fulfilled': ['on_loan', 1, 'fulfilled'], 'fulfilled rejected': ['available', 0, 'cancelled'] };
		const expected = outcomes[`${cancel.status} ${lend.status}`];
		expect([copy.status, open.length, h.status]).toEqual(expected);
	});

	it('edits a shelf (only the fields sent change), tells bad input per field and changes nothing; a keeper cannot', async () => {
		const { s, officer, keeper, shelf } = await setup();
		const before = await s.library.shelfSettings(officer, shelf.id);
		const bad = await errorOf(s.library.updateShelf(officer, shelf.id, { name: ' ', loanDays: '0', holdDays: '61', maxRenewals: 'hai' }));
		expect(bad.code).toBe('invalid');
		expect(Object.keys(bad.fields).sort()).toEqual(['holdDays', 'loanDays', 'maxRenewals', 'name']);
		expect(bad.fields.holdDays?.key).toBe('errors.library.number');
		expect((await errorOf(s.library.updateShelf(officer, shelf.id, { colour: 'đỏ' }))).code).toBe('invalid');
		expect(await s.library.shelfSettings(officer, shelf.id)).toEqual(before);
		const changed = await s.library.updateShelf(officer, shelf.id, { holdDays: '5', hours: 'Tối thứ Sáu 19:00–21:00' });
		expect(changed).toMatchObject({ holdDays: 5, hours: 'Tối thứ Sáu 19:00–21:00', loanDays: 14, maxRenewals: 1, name: shelf.name, address: before.address });
		const row = await s.db.kysely.selectFrom('audit_log').select(['before_json', 'after_json']).where('entity_id', '=', shelf.id).where('action', '=', 'library.shelf.update').executeTakeFirstOrThrow();
		expect(JSON.parse(row.before_json!)).toMatchObject({ holdDays: 7 });
		expect(JSON.parse(row.after_json!)).toMatchObject({ holdDays: 5 });
		expect((await errorOf(s.library.updateShelf(keeper.auth, shelf.id, { holdDays: 9 }))).code).toBe('not_found');
		expect((await errorOf(s.library.shelfSettings(keeper.auth, shelf.id))).code).toBe('not_found');
		expect((await errorOf(s.library.updateShelf(await authAs(s, 'yenlang.canbo'), shelf.id, { holdDays: 9 }))).code).toBe('not_found');
		expect((await errorOf(s.library.updateShelf(anonymous, shelf.id, { holdDays: 9 }))).code).toBe('unauthenticated');
	});

	it('removes a keeper (the last one too), audited; out of scope, a keeper and someone not a keeper read as not found', async () => {
		const { s, officer, keeper, shelf, codes } = await setup();
		const second = await person('Bùi Thị Giữ Tủ Hai');
		await s.library.addKeeper(officer, shelf.id, { login: second.login });
		const r = await person('Người Mượn Sách');
		const ids = Object.fromEntries((await s.library.shelfSettings(officer, shelf.id)).keepers.map((x) => [x.login, x.id]));
		// a keeper cannot remove keepers, themselves or another
		expect((await errorOf(s.library.removeKeeper(keeper.auth, shelf.id, ids[second.login]!))).code).toBe('not_found');
		expect((await errorOf(s.library.removeKeeper(keeper.auth, shelf.id, ids[keeper.login]!))).code).toBe('not_found');
		// an officer of another commune: not found
		expect((await errorOf(s.library.removeKeeper(await authAs(s, 'yenlang.canbo'), shelf.id, ids[keeper.login]!))).code).toBe('not_found');
		expect((await errorOf(s.library.removeKeeper(anonymous, shelf.id, ids[keeper.login]!))).code).toBe('unauthenticated');
		// someone who is not a keeper here, or not an id at all
		expect((await errorOf(s.library.removeKeeper(officer, shelf.id, r.auth.actor!.accountId))).code).toBe('not_found');
		expect((await errorOf(s.library.removeKeeper(officer, shelf.id, 'không-phải-mã'))).code).toBe('not_found');
		expect((await s.library.shelfSettings(officer, shelf.id)).keepers).toHaveLength(2);

		expect(await s.library.removeKeeper(officer, shelf.id, ids[second.login]!)).toEqual({ keepers: 1 });
		// the last keeper may go too: a volunteer who leaves loses access at once
		expect(await s.library.removeKeeper(officer, shelf.id, ids[keeper.login]!)).toEqual({ keepers: 0 });
		expect((await errorOf(s.library.desk(keeper.auth, shelf.id))).code).toBe('not_found');
		expect((await errorOf(s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login }))).code).toBe('not_found');
		expect((await s.library.myShelves(keeper.auth)).items).toEqual([]);
		// the officer still runs the shelf
		await s.library.lend(officer, { code: codes[0]!, reader: r.login });
		expect((await errorOf(s.library.removeKeeper(officer, shelf.id, ids[keeper.login]!))).code).toBe('not_found');
		const audit = await s.db.kysely.selectFrom('audit_log').select(['before_json', 'scope_unit_id']).where('entity_id', '=', shelf.id).where('action', '=', 'library.keeper.remove').orderBy('at').execute();
		expect(audit.map((a) => JSON.parse(a.before_json!).accountId)).toEqual([ids[second.login], ids[keeper.login]]);
		expect(audit.every((a) => a.scope_unit_id === QM)).toBe(true);
	});

	it('a book hidden while still out stays in the reader\'s "on loan" list; once back it is only in the hidden list', async () => {
		const { s, keeper, codes } = await setup();
		const r = await person('Người Thích Riêng Tư');
		const loan = await s.library.lend(keeper.auth, { code: codes[0]!, reader: r.login });
		await s.library.hideLoan(r.auth, loan.id, { hidden: 'true' });
		for (const withHidden of [false, true]) {
			const mine = await s.library.myReading(r.auth, { withHidden });
			expect(mine.loans.map((l) => [l.id, l.list, l.hidden])).toEqual([[loan.id, 'out', true]]);
		}
		await s.library.giveBack(keeper.auth, { code: codes[0]! });
		expect((await s.library.myReading(r.auth)).loans).toEqual([]);
		expect((await s.library.myReading(r.auth, { withHidden: true })).loans.map((l) => [l.id, l.list])).toEqual([[loan.id, 'hidden']]);
		await s.library.hideLoan(r.auth, loan.id, { hidden: false });
		expect((await s.library.myReading(r.auth)).loans.map((l) => [l.id, l.list])).toEqual([[loan.id, 'read']]);
	});
});
