import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase, TEST_ORIGIN } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const ORIGIN = TEST_ORIGIN;
const info = { ip: '10.0.0.9', userAgent: 'vitest' };
const linkIn = (text: string, path: string) => {
	const m = new RegExp(`${ORIGIN}${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
	if (!m) throw new Error(`no ${path} link in: ${text}`);
	return m[1]!;
};

describeEachDatabase('people: sign-ups', { demo: 'no-news', smtp: true }, (get) => {
	const villageOf = async (commune: string, i = 0) => (await get().services.places.getUnit(commune)).children[i]!.id;

	it('links a sign-up matching exactly one record once its emailed link is followed (real SMTP)', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const r = await s.people.create(qm, { fullName: 'Phùng Thị Hoa', birthDate: '1985-04-12', gender: 'female', villageId: village });
		const up = await s.signups.signUp(info, { fullName: 'phùng  thị hoa', birthDate: '1985-04-12', gender: 'female', villageId: village, email: 'Hoa.Phung@Example.vn', password: 'hoa-hoc-tap-2026' });
		expect(up).toMatchObject({ status: 'awaiting_email', login: 'hoa.phung@example.vn', emailSent: true });
		// the account works at once, but shows no registry data until linked
		const signedIn = await s.accounts.signIn(info, { login: 'hoa.phung@example.vn', password: 'hoa-hoc-tap-2026' });
		const me = { actor: signedIn.actor, ip: info.ip, userAgent: 'vitest', locale: 'vi' as const };
		expect(await s.people.mine(me)).toBeNull();
		expect((await errorOf(s.people.exportMine(me))).code).toBe('not_found');
		expect((await errorOf(s.people.list(me, {}))).code).toBe('forbidden');
		const mail = await get().smtp!.next('hoa.phung@example.vn');
		expect(mail.subject).toContain('Xác nhận');
		expect(mail.text).toContain('Chào phùng thị hoa,'); // the name as they typed it
		const token = linkIn(mail.text, '/sign-up/confirm');
		const confirmed = await s.signups.confirmEmail(token);
		expect(confirmed.status).toBe('linked');
		expect((await s.people.mine(me))!.id).toBe(r.id);
		expect((await errorOf(s.signups.confirmEmail(token))).key).toBe('errors.token.invalid'); // once
		expect((await s.people.get(qm, r.id)).linkedAccount).toBe(true);
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: r.id });
		expect(log.rows.map((x) => x.action)).toContain('signup.link');
	});

	it('queues a sign-up that matches two records for an officer in scope, who links it', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const a = await s.people.create(qm, { fullName: 'Kiều Văn Sinh', birthDate: '2001-01-01', gender: 'male', villageId: village });
		const b = await s.people.create(qm, { fullName: 'Kiều Văn Sinh', birthDate: '2001-01-01', gender: 'male', villageId: village });
		const up = await s.signups.signUp(info, { fullName: 'Kieu Van Sinh', birthDate: '2001-01-01', gender: 'male', villageId: village, email: 'sinh@example.vn', password: 'sinh-hoc-tap-2026' });
		expect(up.status).toBe('queued');
		const mail = await get().smtp!.next('sinh@example.vn');
		const confirmed = await s.signups.confirmEmail(linkIn(mail.text, '/sign-up/confirm'));
		expect(confirmed).toMatchObject({ status: 'queued', emailConfirmed: true }); // still waits: two records
		const queue = await s.signups.queue(qm, {});
		expect(queue.items.map((x) => x.id)).toContain(up.signupId);
		// an officer of another commune neither sees nor resolves it
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await s.signups.queue(yl, {})).items.map((x) => x.id)).not.toContain(up.signupId);
		expect((await errorOf(s.signups.get(yl, up.signupId))).code).toBe('not_found');
		expect((await errorOf(s.signups.link(yl, up.signupId, { residentId: a.id }))).code).toBe('not_found');
		const detail = await s.signups.get(qm, up.signupId);
		expect(detail.candidates.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
		expect(detail.candidates.every((c) => c.exact)).toBe(true);
		const linked = await s.signups.link(qm, up.signupId, { residentId: b.id });
		expect(linked.status).toBe('linked');
		expect((await s.people.get(qm, b.id)).linkedAccount).toBe(true);
		expect((await errorOf(s.signups.link(qm, up.signupId, { residentId: a.id }))).code).toBe('conflict');
		expect((await s.signups.queue(qm, {})).items.map((x) => x.id)).not.toContain(up.signupId);
	});

	it('never links a sign-up by itself to a record knowing only the year of birth: an officer sees it as a possible match', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		// "1955" on the paper list is kept as 1 January 1955, but is not that date
		const yearOnly = await s.people.create(qm, { fullName: 'Lò Thị Xuân', birthDate: '1955', gender: 'female', villageId: village });
		const up = await s.signups.signUp(info, { fullName: 'Lò Thị Xuân', birthDate: '1955-01-01', gender: 'female', villageId: village, email: 'xuan.lo@example.vn', password: 'xuan-hoc-tap-2026' });
		expect(up.status).toBe('queued');
		await s.signups.confirmEmail(linkIn((await get().smtp!.next('xuan.lo@example.vn')).text, '/sign-up/confirm'));
		const detail = await s.signups.get(qm, up.signupId);
		expect(detail).toMatchObject({ status: 'queued', matchCount: 0 });
		expect((await s.people.get(qm, yearOnly.id)).linkedAccount).toBe(false);
		expect(detail.candidates).toMatchObject([{ id: yearOnly.id, birthDate: '1955-01-01', birthPrecision: 'year', exact: false }]);
		// someone else born on 1 January 1955, with another name, is no candidate for the year-only record
		const other = await s.signups.signUp(info, { fullName: 'Lò Văn Khác', birthDate: '1955-01-01', gender: 'male', villageId: village, phone: '0912 555 001', password: 'khac-hoc-tap-2026' });
		expect((await s.signups.get(qm, other.signupId)).candidates.map((c) => c.id)).not.toContain(yearOnly.id);
		// the officer, having checked, links the first
		expect((await s.signups.link(qm, up.signupId, { residentId: yearOnly.id })).status).toBe('linked');
	});

	it('lets an officer create the record, or refuse with a reason; phone-only sign-ups wait for an officer', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const byPhone = await s.signups.signUp(info, { fullName: 'Tạ Văn Mới', birthDate: '1999-09-09', gender: 'male', villageId: village, phone: '+84 912 000 111', password: 'moi-den-2026!' });
		expect(byPhone).toMatchObject({ status: 'queued', login: '0912000111', emailSent: false });
		// the phone signs in however it is typed
		expect((await s.accounts.signIn(info, { login: '0912 000 111', password: 'moi-den-2026!' })).actor.login).toBe('0912000111');
		const created = await s.signups.createRecord(qm, byPhone.signupId);
		expect(created.status).toBe('linked');
		const found = await s.people.list(qm, { q: 'ta van moi' });
		expect(found.items).toHaveLength(1);
		expect(found.items[0]).toMatchObject({ phone: '+84 912 000 111', linkedAccount: true });

		const other = await s.signups.signUp(info, { fullName: 'Người Lạ', birthDate: '1990-01-01', gender: 'female', villageId: village, email: 'la@example.vn', password: 'nguoi-la-2026' });
		await s.signups.confirmEmail(linkIn((await get().smtp!.next('la@example.vn')).text, '/sign-up/confirm'));
		expect((await errorOf(s.signups.refuse(qm, other.signupId, { reason: '' }))).fields.reason).toBeDefined();
		const refused = await s.signups.refuse(qm, other.signupId, { reason: 'Không có trong sổ hộ khẩu của thôn' });
		expect(refused).toMatchObject({ status: 'refused', refusalReason: 'Không có trong sổ hộ khẩu của thôn' });
		expect((await get().smtp!.next('la@example.vn')).text).toContain('Không có trong sổ hộ khẩu của thôn');
	});

	it('sends the confirmation again on request, at most once a minute, and only the newest link works', async () => {
		const s = get().services;
		const village = await villageOf(QM);
		const up = await s.signups.signUp(info, { fullName: 'Lại Văn Gửi', birthDate: '1992-02-02', gender: 'male', villageId: village, email: 'gui@example.vn', password: 'gui-lai-thu-2026' });
		const first = linkIn((await get().smtp!.next('gui@example.vn')).text, '/sign-up/confirm');
		const me = { actor: (await s.accounts.signIn(info, { login: 'gui@example.vn', password: 'gui-lai-thu-2026' })).actor, ip: info.ip, userAgent: 'vitest', locale: 'vi' as const };
		expect(await s.signups.resendConfirmation(me)).toEqual({ sent: false });
		get().clock.advance(61_000);
		expect(await s.signups.resendConfirmation(me)).toEqual({ sent: true });
		const second = linkIn((await get().smtp!.next('gui@example.vn')).text, '/sign-up/confirm');
		expect(second).not.toBe(first);
		expect((await errorOf(s.signups.confirmEmail(first))).key).toBe('errors.token.invalid');
		expect((await s.signups.confirmEmail(second)).emailConfirmed).toBe(true);
		expect((await errorOf(s.signups.resendConfirmation(me))).key).toBe('errors.signup.nothing_to_confirm');
		expect((await errorOf(s.signups.resendConfirmation(anonymous))).code).toBe('unauthenticated');
		expect(up.status).toBe('queued');
	});

	it('refuses bad sign-ups with a message per field and writes nothing', async () => {
		const s = get().services;
		const village = await villageOf(QM);
		const count = async () => Number((await s.db.kysely.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		const before = await count();
		const e = await errorOf(s.signups.signUp(info, { fullName: '', birthDate: '2030-01-01', gender: 'x', villageId: 'nope', password: '' }));
		expect(Object.keys(e.fields).sort()).toEqual(['fullName', 'gender', 'villageId']);
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A B', birthDate: '1990-01-01', gender: 'male', villageId: village, password: 'dai-du-tam-ky-tu' }))).fields.email?.key).toBe('errors.signup.contact');
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A B', birthDate: '2030-01-01', gender: 'male', villageId: village, email: 'ab@example.vn', password: 'dai-du-tam-ky-tu' }))).fields.birthDate?.key).toBe('errors.people.birth_date');
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A B', birthDate: '1990-01-01', gender: 'male', villageId: QM, email: 'ab@example.vn', password: 'dai-du-tam-ky-tu' }))).fields.villageId?.key).toBe('errors.people.unknown_village');
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A B', birthDate: '1990-01-01', gender: 'male', villageId: village, email: 'ab@example.vn', password: 'ngan' }))).fields.password?.key).toBe('errors.password.too_short');
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A B', birthDate: '1990-01-01', gender: 'male', villageId: village, email: 'ab@example.vn', password: '12345678' }))).fields.password).toBeDefined();
		expect(await count()).toBe(before);
		await s.signups.signUp(info, { fullName: 'A B', birthDate: '1990-01-01', gender: 'male', villageId: village, email: 'ab@example.vn', password: 'dai-du-tam-ky-tu' });
		expect((await errorOf(s.signups.signUp(info, { fullName: 'A C', birthDate: '1991-01-01', gender: 'male', villageId: village, email: 'AB@example.vn', password: 'dai-du-tam-ky-tu' }))).fields.email?.key).toBe('errors.signup.taken');
		// two identical sign-ups at once: one account
		const twice = await Promise.allSettled([1, 2].map(() => s.signups.signUp(info, { fullName: 'Đồng Thời', birthDate: '1990-01-01', gender: 'male', villageId: village, phone: '0988 111 222', password: 'dong-thoi-2026' })));
		expect(twice.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
		expect(await count()).toBe(before + 2);
		expect((await errorOf(s.signups.queue(anonymous, {}))).code).toBe('unauthenticated');
	});

	it('resets a forgotten password by an emailed link, or by a link an officer hands over; never reveals it', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const r = await s.people.create(qm, { fullName: 'Lò Thị Quên', birthDate: '1970-02-02', gender: 'female', villageId: village });
		const up = await s.signups.signUp(info, { fullName: 'Lò Thị Quên', birthDate: '1970-02-02', gender: 'female', villageId: village, email: 'quen@example.vn', password: 'mat-khau-cu-2026' });
		await s.signups.confirmEmail(linkIn((await get().smtp!.next('quen@example.vn')).text, '/sign-up/confirm'));
		const old = await s.accounts.signIn(info, { login: 'quen@example.vn', password: 'mat-khau-cu-2026' });
		// unknown logins get the same quiet answer, and no mail
		await s.accounts.requestPasswordReset(info, { login: 'khong-co@example.vn' });
		await s.accounts.requestPasswordReset(info, { login: 'QUEN@example.vn' });
		const mail = await get().smtp!.next('quen@example.vn');
		expect(mail.text).not.toContain('mat-khau-cu-2026');
		const token = linkIn(mail.text, '/reset-password');
		expect((await errorOf(s.accounts.resetPassword(info, { token, newPassword: 'moi', confirmPassword: 'moi' }))).fields.newPassword?.key).toBe('errors.password.too_short');
		expect((await errorOf(s.accounts.resetPassword(info, { token, newPassword: 'mat-khau-moi-2026', confirmPassword: 'khac' }))).fields.confirmPassword?.key).toBe('errors.password.mismatch');
		await s.accounts.resetPassword(info, { token, newPassword: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' });
		expect((await errorOf(s.accounts.resetPassword(info, { token, newPassword: 'mat-khau-khac-2026', confirmPassword: 'mat-khau-khac-2026' }))).key).toBe('errors.token.invalid');
		expect(await s.accounts.authenticateSession(old.token)).toBeNull(); // sessions ended
		expect((await errorOf(s.accounts.signIn(info, { login: 'quen@example.vn', password: 'mat-khau-cu-2026' }))).code).toBe('invalid');
		await s.accounts.signIn(info, { login: 'quen@example.vn', password: 'mat-khau-moi-2026' });
		// an officer in scope hands over a link; out of scope it does not exist; staff are refused
		const link = await s.signups.resetLinkFor(qm, r.id);
		expect(link.url).toMatch(/^http:\/\/suotdoi\.test\/reset-password\?token=/);
		expect((await errorOf(s.signups.resetLinkFor(await authAs(s, 'yenlang.canbo'), r.id))).code).toBe('not_found');
		await s.accounts.resetPassword(info, { token: new URL(link.url).searchParams.get('token')!, newPassword: 'tu-can-bo-2026', confirmPassword: 'tu-can-bo-2026' });
		await s.accounts.signIn(info, { login: 'quen@example.vn', password: 'tu-can-bo-2026' });
		expect(up.status).toBe('awaiting_email');
		const ylVillage = await villageOf(YL);
		const officerRecord = await s.people.create(await authAs(s, 'yenlang.canbo'), { fullName: 'Cán Bộ', birthDate: '1980-01-01', gender: 'male', villageId: ylVillage });
		const staff = await s.db.kysely.selectFrom('accounts').select('id').where('login', '=', 'yenlang.canbo').executeTakeFirstOrThrow();
		await s.db.kysely.updateTable('residents').set({ account_id: staff.id }).where('id', '=', officerRecord.id).execute();
		expect((await errorOf(s.signups.resetLinkFor(await authAs(s, 'admin'), officerRecord.id))).key).toBe('errors.signup.staff_account');
	});

	it('lets a linked resident see and correct their own record, and download it', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = await villageOf(QM);
		const r = await s.people.create(qm, { fullName: 'Mạc Văn Sửa', birthDate: '1977-07-07', gender: 'male', villageId: village });
		const up = await s.signups.signUp(info, { fullName: 'Mạc Văn Sửa', birthDate: '1977-07-07', gender: 'male', villageId: village, phone: '0977 777 777', password: 'sua-ho-so-2026' });
		await s.signups.link(qm, up.signupId, { residentId: r.id });
		const me = { actor: (await s.accounts.signIn(info, { login: '0977777777', password: 'sua-ho-so-2026' })).actor, ip: info.ip, userAgent: 'vitest', locale: 'vi' as const };
		expect((await s.people.mine(me))!.fullName).toBe('Mạc Văn Sửa');
		const fixed = await s.people.correctMine(me, { fullName: 'Mạc Văn Sửa Đúng', phone: '0977 777 778' });
		expect(fixed).toMatchObject({ fullName: 'Mạc Văn Sửa Đúng', phone: '0977 777 778', villageId: village });
		expect((await errorOf(s.people.correctMine(me, { villageId: await villageOf(YL) }))).fields.villageId).toBeDefined();
		expect((await errorOf(s.people.correctMine(me, { birthDate: '2999-01-01' }))).fields.birthDate?.key).toBe('errors.people.birth_date');
		const dump = await s.people.exportMine(me);
		expect(dump.resident.fullName).toBe('Mạc Văn Sửa Đúng');
		expect(dump.history.map((h) => h.action)).toContain('resident.self_correct');
		// erasure on request takes the resident's own account and its sign-up details too
		await s.people.erase(qm, r.id);
		expect((await errorOf(s.accounts.signIn(info, { login: '0977777777', password: 'sua-ho-so-2026' }))).code).toBe('invalid');
		const signupRow = await s.db.kysely.selectFrom('signups').selectAll().where('id', '=', up.signupId).executeTakeFirstOrThrow();
		expect(signupRow).toMatchObject({ full_name: 'Đã xóa theo yêu cầu', phone: null, birth_date: '1977-07-01', status: 'linked' });
		const accountLog = await s.audit.list(await authAs(s, 'admin'), { entityId: me.actor.accountId });
		expect(JSON.stringify(accountLog.rows)).not.toContain('0977777777');
		expect(accountLog.rows[0]!.action).toBe('account.erase');
		// a resident still cannot read anyone else
		expect((await errorOf(s.people.get(me, r.id))).code).toBe('not_found');
		expect((await errorOf(s.people.list(me, {}))).code).toBe('forbidden');
	});
});

describeEachDatabase('people: merging duplicates', { demo: 'no-news' }, (get) => {
	it('merges a duplicate into the kept record: details, consents, clan and headship pass on; counts once', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const keep = await s.people.create(qm, { fullName: 'Vi Văn Trùng', birthDate: '1960-06-06', gender: 'male', villageId: village });
		const drop = await s.people.create(qm, { fullName: 'Vi Van Trung', birthDate: '1960-06-06', gender: 'male', villageId: village, phone: '0911 222 333' });
		await s.people.create(qm, { fullName: 'Vi Thị Con', birthDate: '1990-06-06', gender: 'female', villageId: village, householdId: keep.householdId, relationToHead: 'child' });
		await s.consents.record(qm, drop.id, { purpose: 'announcements_sms', givenBy: 'self', method: 'paper' });
		const dupes = await s.people.duplicates(qm);
		expect(dupes.find((d) => d.ids.includes(keep.id))?.ids.sort()).toEqual([keep.id, drop.id].sort());
		const before = (await s.people.statistics(qm, {})).total;
		const merged = await s.people.merge(qm, { keepId: keep.id, dropId: drop.id });
		expect(merged).toMatchObject({ id: keep.id, phone: '0911 222 333', fullName: 'Vi Văn Trùng' });
		expect((await s.people.statistics(qm, {})).total).toBe(before - 1);
		expect((await errorOf(s.people.get(qm, drop.id))).code).toBe('not_found');
		expect(await s.consents.hasConsent(keep.id, 'announcements_sms')).toBe(true);
		expect((await s.people.list(qm, { q: 'vi van trung' })).items.map((x) => x.id)).toEqual([keep.id]);
		expect((await errorOf(s.people.merge(qm, { keepId: keep.id, dropId: drop.id }))).code).toBe('not_found');
		expect((await errorOf(s.people.merge(qm, { keepId: keep.id, dropId: keep.id }))).fields.dropId?.key).toBe('errors.people.merge_same');
		// a head of a household with members merges only into a record of that household
		const other = await s.people.create(qm, { fullName: 'Vi Văn Khác', birthDate: '1950-01-01', gender: 'male', villageId: village });
		const head2 = await s.people.create(qm, { fullName: 'Vi Văn Chủ', birthDate: '1955-01-01', gender: 'male', villageId: village });
		await s.people.create(qm, { fullName: 'Vi Thị Vợ', birthDate: '1956-01-01', gender: 'female', villageId: village, householdId: head2.householdId, relationToHead: 'spouse' });
		expect((await errorOf(s.people.merge(qm, { keepId: other.id, dropId: head2.id }))).fields.dropId?.key).toBe('errors.people.merge_head');
		// out of scope: not found; a Yên Lãng officer cannot merge Quang Minh records
		expect((await errorOf(s.people.merge(await authAs(s, 'yenlang.canbo'), { keepId: other.id, dropId: head2.id }))).code).toBe('not_found');
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: keep.id });
		expect(log.rows[0]!.action).toBe('resident.merge');
	});
});
