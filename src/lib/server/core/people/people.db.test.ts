import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { formatBirthVi } from '../../../format';
import { t } from '../../../i18n';
import { residentsTable } from './people.export';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

describeEachDatabase('people', { demo: 'no-news' }, (get) => {
	const villageOf = async (commune: string) => (await get().services.places.getUnit(commune)).children[0]!.id;

	it('keeps invisible characters out of names: found without accents, grouped as a duplicate; a blank-looking name refused, reversed text dropped', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const plain = await s.people.create(qm, { fullName: 'Phùng Thị Xuyến', birthDate: '1958-04-04', gender: 'female', villageId: village });
		// zero-width space, zero-width joiner, soft hyphen pasted from a message
		const hidden = await s.people.create(qm, { fullName: 'Phùng\u200b Thị\u200d Xu\u00adyến', birthDate: '1958-04-04', gender: 'female', villageId: village });
		expect(hidden.fullName).toBe('Phùng Thị Xuyến');
		expect((await s.people.list(qm, { q: 'phung thi xuyen' })).items.map((r) => r.id).sort()).toEqual([plain.id, hidden.id].sort());
		const groups = await s.people.duplicates(qm);
		expect(JSON.stringify(groups)).toContain(hidden.id);
		expect(JSON.stringify(groups)).toContain(plain.id);
		expect((await errorOf(s.people.create(qm, { fullName: '\u200b\u200d', birthDate: '1958-04-04', gender: 'female', villageId: village }))).fields.fullName?.key).toBe('errors.field.required');
		expect((await s.people.create(qm, { fullName: 'An \u202eBình', birthDate: '1958-04-04', gender: 'female', villageId: village })).fullName).toBe('An Bình');
	});

	it('creates residents in households within scope, audited, and finds them typed without accents', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const head = await s.people.create(qm, { fullName: 'Nguyễn  Văn Hùng', birthDate: '1970-03-02', gender: 'male', villageId: village, phone: '0912 345 678' });
		expect(head.fullName).toBe('Nguyễn Văn Hùng');
		expect(head.relationToHead).toBe('head');
		expect(head.phone).toBe('0912 345 678');
		const wife = await s.people.create(qm, { fullName: 'Trần Thị Đào', birthDate: '1974-11-20', gender: 'female', villageId: village, householdId: head.householdId, relationToHead: 'spouse' });
		const h = await s.people.household(qm, head.householdId!);
		expect(h.headResidentId).toBe(head.id);
		expect(h.members.map((m) => m.id).sort()).toEqual([head.id, wife.id].sort());
		expect((await s.people.list(qm, { q: 'tran thi dao' })).items.map((r) => r.id)).toEqual([wife.id]);
		expect((await s.people.list(qm, { q: 'Nguyen van hu' })).items.map((r) => r.id)).toEqual([head.id]);
		expect((await s.people.list(qm, { q: 'van' })).items.map((r) => r.id)).toContain(head.id);
		expect((await s.people.list(qm, { q: 'an' })).items.map((r) => r.id)).not.toContain(head.id); // words, not fragments
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: head.id });
		expect(JSON.parse(log.rows[0]!.after_json!)).toMatchObject({ fullName: 'Nguyễn Văn Hùng', birthDate: '1970-03-02' });
	});

	it('keeps a Quang Minh officer away from Yên Lãng residents: list, search, detail, change and household', async () => {
		const s = get().services;
		const yl = await authAs(s, 'yenlang.canbo');
		const ylVillage = await villageOf(YL);
		const r = await s.people.create(yl, { fullName: 'Lê Thị Yên', birthDate: '1988-05-05', gender: 'female', villageId: ylVillage });
		const qm = await authAs(s, 'quangminh.canbo');
		expect((await s.people.list(qm, { q: 'le thi yen' })).total).toBe(0);
		expect((await s.people.list(qm, {})).items.some((x) => x.id === r.id)).toBe(false);
		expect((await errorOf(s.people.get(qm, r.id))).code).toBe('not_found');
		expect((await errorOf(s.people.update(qm, r.id, { phone: '0900000000' }))).code).toBe('not_found');
		expect((await errorOf(s.people.household(qm, r.householdId!))).code).toBe('not_found');
		expect((await errorOf(s.people.moveHousehold(qm, r.householdId!, { villageId: await villageOf(QM) }))).code).toBe('not_found');
		expect((await errorOf(s.people.create(qm, { fullName: 'X', birthDate: '1990-01-01', gender: 'male', villageId: ylVillage }))).fields.villageId?.key).toBe('errors.people.unknown_village');
		expect((await s.people.get(yl, r.id)).can.update).toBe(true);
		// the association officer of Mê Linh reads nothing of Yên Lãng either, and changes nothing anywhere
		const ml = await authAs(s, 'melinh.khuyenhoc');
		expect((await errorOf(s.people.get(ml, r.id))).code).toBe('not_found');
		expect((await errorOf(s.people.create(ml, { fullName: 'X', birthDate: '1990-01-01', gender: 'male', villageId: ylVillage }))).code).toBe('forbidden');
		expect((await errorOf(s.people.list(anonymous, {}))).code).toBe('unauthenticated');
		expect((await errorOf(s.people.list(await authAs(s, 'dan.lan'), {}))).code).toBe('forbidden');
	});

	it('moves a household with all its members to another village, and refuses a village out of reach', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const villages = (await s.places.getUnit(QM)).children;
		const a = await s.people.create(qm, { fullName: 'Phạm Văn Chuyển', birthDate: '1960-01-01', gender: 'male', villageId: villages[0]!.id });
		await s.people.create(qm, { fullName: 'Phạm Thị Theo', birthDate: '1990-01-01', gender: 'female', villageId: villages[0]!.id, householdId: a.householdId, relationToHead: 'child' });
		const moved = await s.people.moveHousehold(qm, a.householdId!, { villageId: villages[1]!.id });
		expect(moved.villageId).toBe(villages[1]!.id);
		expect(moved.members.every((m) => m.villageId === villages[1]!.id)).toBe(true);
		expect((await errorOf(s.people.moveHousehold(qm, a.householdId!, { villageId: await villageOf(YL) }))).fields.villageId?.key).toBe('errors.people.unknown_village');
		expect((await errorOf(s.people.moveHousehold(qm, a.householdId!, { villageId: QM }))).fields.villageId?.key).toBe('errors.people.unknown_village'); // a commune is not a village
	});

	it('refuses bad input with a message per field and writes nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const before = (await s.people.list(qm, {})).total;
		const e = await errorOf(s.people.create(qm, { fullName: '', birthDate: '2025-02-30', gender: 'x', villageId: 'nope', phone: '12', email: 'a@', religion: 'không' }));
		expect(Object.keys(e.fields).sort()).toEqual(['birthDate', 'email', 'fullName', 'gender', 'phone', 'religion', 'villageId']);
		expect((await errorOf(s.people.create(qm, { fullName: 'Tương Lai', birthDate: '2999-01-01', gender: 'male', villageId: await villageOf(QM) }))).fields.birthDate?.key).toBe('errors.people.birth_date');
		expect((await s.people.list(qm, {})).total).toBe(before);
		expect((await errorOf(s.people.get(qm, '\u0000'))).code).toBe('not_found');
	});

	it('records a birth year alone (API create and update) as the year: shown 1955, never 01/01/1955; impossible years refused', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const old = await s.people.create(qm, { fullName: 'Đinh Thị Năm Lăm', birthDate: '1955', gender: 'female', villageId: village });
		expect(old).toMatchObject({ birthDate: '1955-01-01', birthPrecision: 'year' });
		expect(formatBirthVi(old.birthDate, old.birthPrecision)).toBe('1955');
		expect((await s.people.get(qm, old.id)).birthPrecision).toBe('year');
		expect((await s.people.list(qm, { q: 'dinh thi nam lam' })).items).toMatchObject([{ id: old.id, birthDate: '1955-01-01', birthPrecision: 'year' }]);
		expect((await s.people.household(qm, old.householdId!)).members).toMatchObject([{ id: old.id, birthPrecision: 'year' }]);
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: old.id });
		expect(JSON.parse(log.rows[0]!.after_json!)).toMatchObject({ birthDate: '1955-01-01', birthPrecision: 'year' });
		// the residents export writes the year alone
		const table = await residentsTable({ db: s.db, clock: get().clock, access: s.access })(qm, { q: 'dinh thi nam lam' });
		const rows: string[][] = [];
		for await (const page of table.pages()) rows.push(...page);
		expect(rows.map((r) => r[1])).toEqual(['1955']);
		// a whole date (as written on paper) makes it a day again; the year alone, a year
		expect(await s.people.update(qm, old.id, { birthDate: '12/06/1955' })).toMatchObject({ birthDate: '1955-06-12', birthPrecision: 'day' });
		expect(await s.people.update(qm, old.id, { birthDate: ' 1955 ' })).toMatchObject({ birthDate: '1955-01-01', birthPrecision: 'year' });
		// someone really born on 1 January 1955 does not share a birth date with "1955": at most a possible duplicate
		const jan = await s.people.create(qm, { fullName: 'Đinh Thị Năm Lăm', birthDate: '1955-01-01', gender: 'female', villageId: village });
		expect(jan.birthPrecision).toBe('day');
		const groups = (await s.people.duplicates(qm)).filter((g) => g.ids.includes(old.id) || g.ids.includes(jan.id));
		expect(groups).toEqual([{ fullName: 'Đinh Thị Năm Lăm', birthDate: '1955-01-01', birthPrecision: 'year', count: 2, ids: expect.arrayContaining([old.id, jan.id]) }]);
		// merged, the record kept takes the whole date the other one knew
		expect(await s.people.merge(qm, { keepId: old.id, dropId: jan.id })).toMatchObject({ id: old.id, birthDate: '1955-01-01', birthPrecision: 'day' });
		// impossible years, field by field, in Vietnamese
		const nextYear = String(Number(get().clock.now().toISOString().slice(0, 4)) + 1);
		for (const [birthDate, key] of [
			['1899', 'errors.people.birth_date'],
			[nextYear, 'errors.people.birth_date'],
			['19555', 'errors.field.date_or_year'],
			['55', 'errors.field.date_or_year'],
			['', 'errors.field.required']
		] as const)
			expect((await errorOf(s.people.create(qm, { fullName: 'Năm Sai', birthDate, gender: 'male', villageId: village }))).fields.birthDate?.key, birthDate).toBe(key);
		expect(t('vi', 'errors.field.date_or_year')).toBe('Ngày chưa đúng: hãy ghi ngày/tháng/năm (ví dụ 15/03/1975) hoặc chỉ năm (ví dụ 1955).');
		expect((await s.people.list(qm, { q: 'nam sai' })).total).toBe(0);
	});
});

describeEachDatabase('people: consent', { demo: 'no-news' }, (get) => {
	it('refuses a child’s purpose until both the child and a guardian consent, and honours withdrawal', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		// the test clock stands at 2026-11-29
		const child = await s.people.create(qm, { fullName: 'Nguyễn Minh Khôi', birthDate: '2016-05-01', gender: 'male', villageId: village });
		expect(await s.consents.hasConsent(child.id, 'honour_board')).toBe(false);
		await s.consents.record(qm, child.id, { purpose: 'honour_board', givenBy: 'self', method: 'paper' });
		expect(await s.consents.hasConsent(child.id, 'honour_board')).toBe(false); // a child of 10 alone is not enough
		const st = await s.consents.status(qm, child.id);
		expect(st.purposes.find((p) => p.purpose === 'honour_board')).toMatchObject({ granted: false, missing: ['guardian'] });
		expect((await errorOf(s.consents.record(qm, child.id, { purpose: 'honour_board', givenBy: 'guardian', method: 'paper' }))).fields.guardianName?.key).toBe('errors.field.required');
		const after = await s.consents.record(qm, child.id, { purpose: 'honour_board', givenBy: 'guardian', guardianName: 'Nguyễn Văn Bố', method: 'paper' });
		expect(after.purposes.find((p) => p.purpose === 'honour_board')!.granted).toBe(true);
		expect(await s.consents.hasConsent(child.id, 'honour_board')).toBe(true);
		expect(await s.consents.hasConsent(child.id, 'announcements_sms')).toBe(false); // per purpose
		const guardianAct = after.records.find((r) => r.givenBy === 'guardian')!;
		await s.consents.withdraw(qm, guardianAct.id);
		expect(await s.consents.hasConsent(child.id, 'honour_board')).toBe(false);
		expect((await errorOf(s.consents.withdraw(qm, guardianAct.id))).code).toBe('not_found'); // once
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: child.id });
		expect(log.rows.map((r) => r.action)).toEqual(['consent.withdraw', 'consent.give', 'consent.give', 'resident.create']);
		// an adult consents alone; out of scope reads as not found
		const adult = await s.people.create(qm, { fullName: 'Trần Văn Lớn', birthDate: '1980-01-01', gender: 'male', villageId: village });
		await s.consents.record(qm, adult.id, { purpose: 'announcements_email', givenBy: 'self', method: 'online' });
		expect(await s.consents.hasConsent(adult.id, 'announcements_email')).toBe(true);
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.consents.status(yl, adult.id))).code).toBe('not_found');
		expect((await errorOf(s.consents.record(yl, adult.id, { purpose: 'honour_board', givenBy: 'self', method: 'paper' }))).code).toBe('not_found');
		expect((await errorOf(s.consents.record(qm, adult.id, { purpose: 'sell_data', givenBy: 'self', method: 'paper' }))).fields.purpose?.key).toBe('errors.field.choice');
	});
});

describeEachDatabase('people: access and erasure', { demo: 'no-news' }, (get) => {
	it('exports everything held as JSON, then erases: anonymised, unfindable, counts unchanged', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const r = await s.people.create(qm, { fullName: 'Hoàng Thị Xóa', birthDate: '1950-09-15', gender: 'female', villageId: village, phone: '0987654321', email: 'xoa@example.vn' });
		await s.people.update(qm, r.id, { phone: '0987000111' });
		await s.consents.record(qm, r.id, { purpose: 'announcements_sms', givenBy: 'self', method: 'paper' });
		const dump = await s.people.exportData(qm, r.id);
		expect(dump.resident).toMatchObject({ fullName: 'Hoàng Thị Xóa', phone: '0987000111', email: 'xoa@example.vn' });
		expect(dump.consents).toHaveLength(1);
		expect(dump.history.map((h) => h.action)).toEqual(['resident.create', 'resident.update', 'consent.give']);
		expect(dump.household?.relationToHead).toBe('head');

		const before = await s.people.statistics(qm, {});
		await s.people.erase(qm, r.id);
		const after = await s.people.statistics(qm, {});
		expect(after).toEqual(before);
		expect((await s.people.list(qm, { q: 'hoang thi xoa' })).total).toBe(0);
		expect((await errorOf(s.people.get(qm, r.id))).code).toBe('not_found');
		const row = await s.db.kysely.selectFrom('residents').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ full_name: 'Đã xóa theo yêu cầu', birth_date: '1950-07-01', phone: null, email: null, status: 'erased', search_text: '', gender: 'female', village_id: village });
		expect(await s.consents.hasConsent(r.id, 'announcements_sms')).toBe(false);
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: r.id });
		expect(log.rows.map((x) => x.action).slice(0, 2)).toEqual(['resident.erase', 'resident.export']);
		expect(log.rows.some((x) => x.action === 'resident.export')).toBe(true);
		// the log keeps who did what and when, but none of the erased values
		expect(JSON.stringify(log.rows)).not.toMatch(/Hoàng Thị Xóa|0987|xoa@example/);
		expect(log.rows.find((x) => x.action === 'resident.create')!.after_json).toBe('{"redacted":true}');
		// out of scope: neither export nor erasure
		const other = await s.people.create(qm, { fullName: 'Người Khác', birthDate: '1990-01-01', gender: 'male', villageId: village });
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.people.exportData(yl, other.id))).code).toBe('not_found');
		expect((await errorOf(s.people.erase(yl, other.id))).code).toBe('not_found');
	});
});

describeEachDatabase('people: the demo residents', { demo: 'no-news', residents: true }, (get) => {
	it('holds about 60,000 residents in about 16,000 households, Nguyễn the commonest name, a few dozen clans', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const stats = await s.people.statistics(admin, {});
		expect(stats.total).toBeGreaterThanOrEqual(60_000);
		expect(stats.total).toBeLessThan(60_010);
		const k = s.db.kysely;
		const households = Number((await k.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		expect(households).toBeGreaterThan(14_000);
		expect(households).toBeLessThan(18_000);
		const nguyen = (await s.people.list(admin, { q: 'nguyen' })).total;
		expect(nguyen / stats.total).toBeGreaterThan(0.3);
		expect(nguyen / stats.total).toBeLessThan(0.45);
		const clans = Number((await k.selectFrom('clans').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		expect(clans).toBeGreaterThanOrEqual(24);
		// every household has its head, living in a village of the four communes
		const headless = await k.selectFrom('households').select('id').where('head_resident_id', 'is', null).execute();
		expect(headless).toEqual([]);
		// and a commune officer sees only their commune's share
		const qm = await s.people.statistics(await authAs(s, 'quangminh.canbo'), {});
		expect(qm.total).toBeGreaterThan(5_000);
		expect(qm.total).toBeLessThan(stats.total);
		// the resident side: dan.lan sees her own record; two sign-ups wait in Quang Minh's queue
		expect((await s.people.mine(await authAs(s, 'dan.lan')))?.fullName).toBe('Nguyễn Thị Lan');
		const queue = await s.signups.queue(await authAs(s, 'quangminh.canbo'), {});
		expect(queue.total).toBe(2);
		const exact = await s.signups.get(await authAs(s, 'quangminh.canbo'), queue.items[0]!.id);
		expect(exact.candidates.some((c) => c.exact)).toBe(true);
		expect((await s.signups.queue(await authAs(s, 'yenlang.canbo'), {})).total).toBe(0);
	});
});
