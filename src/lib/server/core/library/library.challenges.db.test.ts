import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf, newPerson } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const HN = demoId('hn');
const QM_CENTRE = demoId('ttht-quang-minh');
const TT_CENTRE = demoId('ttht-tien-thang');

describeEachDatabase('library: reading challenges, progress from loans, a certificate when the goal is met', { demo: 'no-news', smtp: true }, (get) => {
	let n = 0;
	const person = (name: string, email: string | null = null) => newPerson(get().services, name, email);
	/** two shelves in Quang Minh's area and one in Yên Lãng, three titles on each, a keeper for all */
	const setup = async () => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const ylOfficer = await authAs(s, 'yenlang.canbo');
		const qmShelf = await s.library.createShelf(officer, { name: 'Tủ sách thôn Đại Bái', unitId: demoId('thon-dai-bai') });
		const ylShelf = await s.library.createShelf(ylOfficer, { name: 'Tủ sách xã Yên Lãng', unitId: YL });
		const titles: { id: string }[] = [];
		for (const t of ['Dế Mèn phiêu lưu ký', 'Tôi thấy hoa vàng trên cỏ xanh', 'Kỹ thuật trồng lúa năng suất cao'])
			titles.push(await s.library.createTitle(officer, { title: `${t} ${n++}`, authors: 'Nhiều tác giả', subject: 'children', ageGroup: 'all' }));
		const codes = async (shelf: string, by: typeof officer) => {
			const out: string[] = [];
			for (const t of titles) out.push(...(await s.library.addCopies(by, shelf, { titleId: t.id, count: 2 })).items.map((c) => c.code));
			return out; // [t0, t0, t1, t1, t2, t2]
		};
		return { s, officer, ylOfficer, qmShelf, ylShelf, titles, qmCodes: await codes(qmShelf.id, officer), ylCodes: await codes(ylShelf.id, ylOfficer) };
	};
	const challengeOf = (over: Record<string, unknown> = {}) => ({ title: 'Thử thách đọc sách mùa đông', occasion: 'book_day', description: 'Đọc hai cuốn sách trước Ngày Sách và Văn hóa đọc Việt Nam.', unitId: QM, orgId: QM_CENTRE, startsOn: '2026-11-01', endsOn: '2027-04-21', goalBooks: 2, ...over });

	it('sets a challenge only in the officer’s own commune, with an organiser there and dates in order; says what is wrong and writes nothing', async () => {
		const { s, officer, ylOfficer } = await setup();
		const k = s.db.kysely;
		const count = async () => Number((await k.selectFrom('reading_challenges').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
		const before = await count();
		expect((await errorOf(s.library.createChallenge(anonymous, challengeOf()))).code).toBe('unauthenticated');
		expect((await errorOf(s.library.createChallenge(ylOfficer, challengeOf()))).fields.unitId?.key).toBe('errors.library.challenge_unit');
		expect((await errorOf(s.library.createChallenge(officer, challengeOf({ orgId: TT_CENTRE })))).fields.orgId?.key).toBe('errors.library.challenge_org');
		expect((await errorOf(s.library.createChallenge(officer, challengeOf({ endsOn: '2026-10-01' })))).fields.endsOn?.key).toBe('errors.library.challenge_dates');
		expect((await errorOf(s.library.createChallenge(officer, challengeOf({ startsOn: '2026-01-01', endsOn: '2027-06-01' })))).fields.endsOn?.key).toBe('errors.library.challenge_too_long');
		expect((await errorOf(s.library.createChallenge(officer, challengeOf({ startsOn: '2026-01-01', endsOn: '2026-04-21' })))).fields.endsOn?.key).toBe('errors.library.challenge_past');
		const bad = await errorOf(s.library.createChallenge(officer, challengeOf({ goalBooks: 0, occasion: 'party', title: '', startsOn: '2026-02-30' })));
		expect(Object.keys(bad.fields).sort()).toEqual(['goalBooks', 'occasion', 'startsOn', 'title']);
		expect(await count()).toBe(before);
		// a reader, or a keeper without library.manage, has no organisers' list
		const reader = await person('Bạn đọc tò mò');
		expect((await errorOf(s.library.myChallenges(reader.auth))).code).toBe('forbidden');
		const c = await s.library.createChallenge(officer, challengeOf());
		expect(c).toMatchObject({ unitName: 'Xã Quang Minh', orgId: QM_CENTRE, goalBooks: 2, phase: 'running', participants: 0, reached: 0 });
		expect((await s.library.myChallenges(officer)).items.map((x) => x.id)).toContain(c.id);
		expect((await s.library.myChallenges(ylOfficer)).items.map((x) => x.id)).not.toContain(c.id);
		// another commune's officer neither sees its participants nor changes it: not found
		expect((await errorOf(s.library.challengeEntries(ylOfficer, c.id))).code).toBe('not_found');
		expect((await errorOf(s.library.updateChallenge(ylOfficer, c.id, { goalBooks: 5 }))).code).toBe('not_found');
		expect((await errorOf(s.library.challenge(anonymous, 'not-an-id'))).code).toBe('not_found');
		// what the form offers the officer: their commune, its organisers, not another commune's
		const options = await s.library.challengeOptions(officer);
		expect(options.units.map((u) => u.id)).toEqual([QM]);
		expect(options.organisers.map((o) => o.id)).toContain(QM_CENTRE);
		expect(options.organisers.map((o) => o.id)).not.toContain(TT_CENTRE);
	});

	it('counts distinct titles borrowed and brought back on the commune’s shelves in the dates; a reader joins once, however often at once', async () => {
		const { s, officer, ylOfficer, qmCodes, ylCodes } = await setup();
		const c = await s.library.createChallenge(officer, challengeOf({ goalBooks: 3 }));
		const later = await s.library.createChallenge(officer, challengeOf({ title: 'Thử thách từ ngày mai', startsOn: '2026-11-30' }));
		const r = await person('Phan Thị Chăm Đọc');
		// five joins at once make one entry; joining again answers the same
		await Promise.all(Array.from({ length: 5 }, () => s.library.joinChallenge(r.auth, c.id)));
		await s.library.joinChallenge(r.auth, c.id);
		await s.library.joinChallenge(r.auth, later.id);
		const entries = await s.db.kysely.selectFrom('reading_challenge_entries').select('id').where('challenge_id', '=', c.id).execute();
		expect(entries).toHaveLength(1);
		// title 0 twice (counts once), title 1 out still, a Yên Lãng book (not this commune's shelves)
		for (const code of [qmCodes[0]!, qmCodes[2]!]) await s.library.lend(officer, { code, reader: r.login });
		await s.library.lend(ylOfficer, { code: ylCodes[4]!, reader: r.login });
		await s.library.giveBack(officer, { code: qmCodes[0]! });
		await s.library.lend(officer, { code: qmCodes[1]!, reader: r.login });
		await s.library.giveBack(officer, { code: qmCodes[1]! });
		await s.library.giveBack(ylOfficer, { code: ylCodes[4]! });
		const view = await s.library.challenge(r.auth, c.id);
		expect(view.mine).toMatchObject({ books: 1, onLoan: 1, goalBooks: 3, reachedAt: null, certificateCode: null });
		expect(view.can).toMatchObject({ join: false, leave: true, manage: false });
		expect((await s.library.myCountedTitles(r.auth, c.id)).map((t) => t.title)).toEqual([expect.stringContaining('Dế Mèn')]);
		// the challenge that starts tomorrow counts nothing borrowed today
		expect((await s.library.challenge(r.auth, later.id)).mine).toMatchObject({ books: 0, onLoan: 0 });
		// the organisers see the same figures
		const list = await s.library.challengeEntries(officer, c.id);
		expect(list.items).toEqual([expect.objectContaining({ name: 'Phan Thị Chăm Đọc', books: 1, onLoan: 1, reachedAt: null })]);
		expect(list.challenge.participants).toBe(1);
		// anyone sees the challenge but not a reader's progress; someone not signed in cannot join
		expect((await s.library.challenge(anonymous, c.id)).mine).toBeNull();
		expect((await errorOf(s.library.joinChallenge(anonymous, c.id))).code).toBe('unauthenticated');
		// a reader leaves one not reached
		await s.library.leaveChallenge(r.auth, later.id);
		expect((await s.library.challenge(r.auth, later.id)).mine).toBeNull();
		expect((await errorOf(s.library.leaveChallenge(r.auth, later.id))).code).toBe('not_found');
	});

	it('certifies a reader whose goal is met, once, in the background, and emails them; the certificate is checked like any other', async () => {
		const { s, officer, ylOfficer, qmCodes } = await setup();
		const smtp = get().smtp!;
		const email = `thu.thach.${get().dialect}@example.vn`;
		const c = await s.library.createChallenge(officer, challengeOf({ title: 'Tuần lễ đọc sách cùng con' }));
		const r = await person('Lý Thị Ham Đọc', email);
		await s.library.joinChallenge(r.auth, c.id);
		await s.library.lend(officer, { code: qmCodes[0]!, reader: r.login });
		await s.library.lend(officer, { code: qmCodes[2]!, reader: r.login });
		await s.library.giveBack(officer, { code: qmCodes[0]! });
		await s.library.giveBack(officer, { code: qmCodes[2]! });
		// the return queued the check; the job issues and the letter comes over SMTP
		const mail = await smtp.next(email);
		expect(mail.subject).toContain('Tuần lễ đọc sách cùng con');
		// running the check again, twice at once, issues nothing more
		expect(await Promise.all([s.library.checkChallenges(), s.library.checkChallenges(null)])).toEqual([0, 0]);
		const k = s.db.kysely;
		const certs = await k.selectFrom('certificates').selectAll().where('account_id', 'in', k.selectFrom('accounts').select('id').where('login', '=', r.login)).execute();
		expect(certs).toHaveLength(1);
		expect(certs[0]).toMatchObject({ kind: 'reading_challenge', unit_id: QM, org_id: QM_CENTRE, course_id: null, completion_id: null, course_title: 'Tuần lễ đọc sách cùng con' });
		const code = certs[0]!.code;
		expect(mail.text).toContain(`/verify/${code}`);
		const mine = (await s.library.challenge(r.auth, c.id)).mine!;
		expect(mine).toMatchObject({ books: 2, certificateCode: code });
		expect(mine.reachedAt).not.toBeNull();
		expect((await s.library.myChallengeEntries(r.auth)).find((e) => e.id === c.id)?.mine).toMatchObject({ books: 2, certificateCode: code });
		// public check, the holder's record and PDF
		expect(await s.credentials.verify(code)).toMatchObject({ valid: true, kind: 'reading_challenge', books: 2, learnerName: 'Lý Thị Ham Đọc', courseTitle: 'Tuần lễ đọc sách cùng con' });
		expect((await s.credentials.record(r.auth)).certificates).toEqual([expect.objectContaining({ code, kind: 'reading_challenge', books: 2 })]);
		const pdf = await s.credentials.certificatePdf(r.auth, code);
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		// once reached: no leaving, the goal and dates stay; the words may change
		expect((await errorOf(s.library.leaveChallenge(r.auth, c.id))).key).toBe('errors.library.challenge_reached');
		expect((await errorOf(s.library.updateChallenge(officer, c.id, { goalBooks: 5 }))).key).toBe('errors.library.challenge_locked');
		expect((await s.library.updateChallenge(officer, c.id, { title: 'Tuần lễ đọc sách cùng con 2026' })).title).toBe('Tuần lễ đọc sách cùng con 2026');
		// revoked by the commune's shelves' officers, not by another commune's, nor by the reader
		expect((await errorOf(s.credentials.revoke(ylOfficer, code, { reason: 'Nhầm người' }))).code).toBe('not_found');
		expect((await errorOf(s.credentials.revoke(r.auth, code, { reason: 'Tự thu hồi' }))).code).toBe('not_found');
		expect(await s.credentials.revoke(officer, code, { reason: 'Ghi nhầm sách của người khác' })).toMatchObject({ valid: false });
	});

	it('lists open challenges for a place (its commune’s and the city’s), hides a cancelled one, and refuses joining one over', async () => {
		const { s, officer, ylOfficer } = await setup();
		const admin = await authAs(s, 'admin');
		const qm = await s.library.createChallenge(officer, challengeOf({ title: 'Thử thách riêng của Quang Minh' }));
		const city = await s.library.createChallenge(admin, challengeOf({ title: 'Thử thách đọc của thành phố', unitId: HN, orgId: QM_CENTRE, occasion: 'week' }));
		const gone = await s.library.createChallenge(officer, challengeOf({ title: 'Thử thách sẽ bị hủy' }));
		await s.library.cancelChallenge(officer, gone.id);
		expect((await errorOf(s.library.cancelChallenge(officer, gone.id))).key).toBe('errors.library.challenge_cancelled');
		const ids = async (unit: string) => (await s.library.challenges({ unit })).items.map((c) => c.id);
		expect(await ids(QM)).toEqual(expect.arrayContaining([qm.id, city.id]));
		expect(await ids(YL)).toContain(city.id);
		expect(await ids(YL)).not.toContain(qm.id);
		expect(await ids(demoId('thon-dai-bai'))).toContain(qm.id);
		expect((await s.library.challenges({})).items.map((c) => c.id)).not.toContain(gone.id);
		expect((await errorOf(s.library.challenge(anonymous, gone.id))).code).toBe('not_found');
		expect((await s.library.challenge(officer, gone.id)).status).toBe('cancelled');
		expect((await errorOf(s.library.challenges({ unit: 'x', when: 'soon' }))).code).toBe('invalid');
		// over: moved back past its last day, it is listed as past and no one joins
		await s.db.kysely.updateTable('reading_challenges').set({ starts_on: '2026-04-01', ends_on: '2026-04-21' }).where('id', '=', qm.id).execute();
		expect((await s.library.challenges({ when: 'past' })).items.map((c) => c.id)).toContain(qm.id);
		const r = await person('Người đến muộn');
		expect((await errorOf(s.library.joinChallenge(r.auth, qm.id))).key).toBe('errors.library.challenge_over');
		expect((await errorOf(s.library.joinChallenge(r.auth, gone.id))).code).toBe('not_found');
		void ylOfficer;
	});
});
