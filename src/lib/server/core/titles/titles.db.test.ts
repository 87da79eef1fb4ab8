import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { newAccount, signIn, STRONG, ctx } from '../../testing/accounts';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { attendClass, completeWithCertificate, makeHousehold } from './titles.fixtures';

const QM = demoId('xa-quang-minh');
const DAI_BAI = demoId('thon-dai-bai');
const YEN_PHU = demoId('thon-yen-phu');

describeEachDatabase('titles: criteria versions, the cycle, registration, evidence from records, review, posting, objections, decision', { demo: true, clockStart: '2026-09-10T02:00:00.000Z' }, (get) => {
	/** A resident account linked to the head of a new household in a village, and a neighbour's account in the same village. */
	const household = async (villageId: string, headName: string) => {
		const s = get().services;
		const acc = await newAccount(s);
		const at = s.clock.now().toISOString();
		const h = await makeHousehold(
			s.db.kysely,
			villageId,
			[
				{ name: headName, birth: '1978-04-02', gender: 'male', accountId: acc.id },
				{ name: 'Nguyễn Thị Hoa', birth: '1980-06-06' },
				{ name: 'Nguyễn Văn Bình', birth: '2014-02-02', gender: 'male' }
			],
			at
		);
		const r = await signIn(s, acc.login, STRONG);
		return { ...h, auth: ctx(r.actor), login: acc.login };
	};
	const firstCourse = async () => (await get().services.db.kysely.selectFrom('courses').select(['id', 'org_id', 'title', 'unit_id']).orderBy('id').limit(2).execute()) as { id: string; org_id: string; title: string; unit_id: string }[];
	let cycleId = '';

	it('opens a cycle with the default dates, once per commune and year; refuses bad input, strangers and officers of another commune', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		expect((await errorOf(s.titles.openCycle(anonymous, { communeId: QM, year: 2026 }))).code).toBe('unauthenticated');
		const bad = await errorOf(s.titles.openCycle(qm, { communeId: QM, year: 'năm nay', decisionBy: '31/02/2026' }));
		expect(bad.fields.year?.key).toBeDefined();
		expect(bad.fields.decisionBy?.key).toBe('errors.field.date');
		expect((await errorOf(s.titles.openCycle(await authAs(s, 'yenlang.canbo'), { communeId: QM, year: 2026 }))).fields.communeId?.key).toBe('errors.titles.unknown_commune');
		expect((await errorOf(s.titles.openCycle(qm, { communeId: QM, year: 2026, reviewUntil: '2026-08-01' }))).fields.reviewUntil?.key).toBe('errors.titles.dates_order');
		expect(Number((await s.db.kysely.selectFrom('title_cycles').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n)).toBe(0);
		const c = await s.titles.openCycle(qm, { communeId: QM, year: 2026 });
		expect(c).toMatchObject({ communeName: 'Xã Quang Minh', year: 2026, registrationUntil: '2026-09-30', reviewUntil: '2026-10-31', decisionBy: '2026-11-24', summaryBy: '2026-12-14', status: 'open', warning: null });
		cycleId = c.id;
		expect((await errorOf(s.titles.openCycle(qm, { communeId: QM, year: 2026 }))).fields.year?.key).toBe('errors.titles.cycle_exists');
		// a Yên Lãng officer does not see Quang Minh's cycle at all
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.titles.cycle(yl, c.id))).code).toBe('not_found');
		expect((await errorOf(s.titles.villageReview(yl, c.id, DAI_BAI))).code).toBe('not_found');
		expect((await s.titles.cycles(yl, {})).items).toEqual([]);
		expect((await s.titles.cycles(qm, {})).items.map((x) => x.id)).toEqual([c.id]);
		// the best-known criteria were seeded, unconfirmed
		const family = await s.criteria.list(qm, 'family');
		expect(family).toHaveLength(1);
		expect(family[0]).toMatchObject({ version: 1, confirmed: false, maxPoints: 100, passMark: 80 });
		const citizen = (await s.criteria.list(qm, 'citizen'))[0]!;
		expect([citizen.sections.length, citizen.sections.flatMap((x) => x.criteria).length, citizen.maxPoints]).toEqual([3, 10, 100]);
	});

	it('lets a household head register on their own, refuses a second registration, and one of ten sent at once gets through', async () => {
		const s = get().services;
		const h = await household(DAI_BAI, 'Nguyễn Văn An');
		const r = await s.titles.register(h.auth, { cycleId, kind: 'family', subjectId: h.householdId });
		expect(r).toMatchObject({ via: 'self', status: 'registered', subjectName: 'Hộ ông/bà Nguyễn Văn An', villageId: DAI_BAI });
		expect((await errorOf(s.titles.register(h.auth, { cycleId, kind: 'family', subjectId: h.householdId }))).fields.subjectId?.key).toBe('errors.titles.already_registered');
		// someone else's household: a field message, nothing written
		const other = await household(DAI_BAI, 'Trần Văn Cường');
		expect((await errorOf(s.titles.register(h.auth, { cycleId, kind: 'family', subjectId: other.householdId }))).code).toBe('not_found');
		const results = await Promise.allSettled(Array.from({ length: 10 }, () => s.titles.register(other.auth, { cycleId, kind: 'family', subjectId: other.householdId })));
		expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
		const refused = results.filter((x): x is PromiseRejectedResult => x.status === 'rejected');
		expect(refused.every((x) => x.reason.fields?.subjectId?.key === 'errors.titles.already_registered')).toBe(true);
		const n = await s.db.kysely.selectFrom('title_registrations').select(sql<number>`count(*)`.as('n')).where('subject_id', '=', other.householdId).executeTakeFirstOrThrow();
		expect(Number(n.n)).toBe(1);
		// the village head registers many from the village's list; those registered already are left
		const head = await newAccount(s, [{ role: 'village_head', scope: { kind: 'unit', unitId: DAI_BAI } }]);
		const vh = ctx((await signIn(s, head.login, STRONG)).actor);
		const third = await household(DAI_BAI, 'Lê Văn Dũng');
		expect(await s.titles.registerMany(vh, { cycleId, villageId: DAI_BAI, householdIds: [h.householdId, third.householdId] })).toEqual({ added: 1, already: 1 });
		expect((await errorOf(s.titles.registerMany(vh, { cycleId, villageId: YEN_PHU, householdIds: [third.householdId] }))).code).toBe('not_found');
		expect((await errorOf(s.titles.registerMany(vh, { cycleId, villageId: DAI_BAI, householdIds: ['khong-phai-id'] }))).fields['householdIds.0']?.key).toBe('errors.field.id');
	});

	it('fills the self-assessment from the members’ learning records, each point linked, equal to what the records hold', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const at = s.clock.now().toISOString();
		const h = await household(DAI_BAI, 'Phạm Văn Giang');
		const [course, online] = await firstCourse();
		await attendClass(k, course!.id, [h.memberIds[0]!, h.memberIds[1]!], ['2026-03-02', '2026-03-09', '2026-03-16'], at);
		await attendClass(k, course!.id, [h.memberIds[1]!], ['2025-12-01'], at); // last year: not counted
		await k.updateTable('courses').set({ mode: 'online' }).where('id', '=', online!.id).execute();
		const code = await completeWithCertificate(k, online!, h.memberIds[1]!, 'Nguyễn Thị Hoa', '2026-05-20', 1);
		// the head attended an event (checked in at the door) and borrowed a book from a bookshelf
		const qm = await authAs(s, 'quangminh.canbo');
		const ev = await s.events.create(qm, { title: 'Nói chuyện: đọc sách cùng con', kind: 'talk', venue: 'Nhà văn hóa thôn Đại Bái', address: 'Thôn Đại Bái', startsAt: '2026-09-20T08:00', endsAt: '2026-09-20T10:00', capacity: 50, unitId: QM, description: 'Buổi nói chuyện về thói quen đọc sách trong gia đình.' });
		await s.events.checkIn(qm, { code: (await s.events.register(h.auth, ev.id, {})).code });
		const shelf = await s.library.createShelf(qm, { name: 'Tủ sách thôn Đại Bái', unitId: QM, hours: 'Chủ nhật 8:00–11:00' });
		const book = await s.library.createTitle(qm, { title: 'Cùng con đọc sách mỗi ngày', authors: 'Nhiều tác giả', subject: 'literature', ageGroup: 'adult' });
		const copy = (await s.library.addCopies(qm, shelf.id, { titleId: book.id, count: 1 })).items[0]!;
		await s.library.lend(qm, { code: copy.code, reader: h.login });
		const reg = await s.titles.register(h.auth, { cycleId, kind: 'family', subjectId: h.householdId });
		const view = await s.titles.registration(h.auth, reg.id);
		// what the records hold, counted straight from the tables
		const ids = h.memberIds;
		const held = await k
			.selectFrom('attendance as a')
			.innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
			.innerJoin('class_sessions as cs', 'cs.id', 'a.session_id')
			.select(sql<number>`count(*)`.as('n'))
			.where('a.present', '=', 1)
			.where('e.resident_id', 'in', ids)
			.where('cs.date', '>=', '2026-01-01')
			.executeTakeFirstOrThrow();
		const certs = await k.selectFrom('certificates').select(sql<number>`count(*)`.as('n')).where('resident_id', 'in', ids).where('revoked_at', 'is', null).where('issued_on', '>=', '2026-01-01').executeTakeFirstOrThrow();
		expect(view.evidence.metrics).toMatchObject({ class_sessions: Number(held.n), class_hours: Number(held.n) * 2, certificates: Number(certs.n), online_completions: 1, active_learners: 2, active_learner_share: 100 });
		expect(view.evidence.items.find((i) => i.source === 'certificates')).toMatchObject({ href: `/verify/${code}`, memberName: 'Nguyễn Thị Hoa' });
		expect(view.evidence.items.filter((i) => i.source === 'class_sessions').every((i) => i.href === `/courses/${course!.id}`)).toBe(true);
		// the event and the book, as the Week's check-ins and the bookshelves' loans hold them, each linked
		const checkIns = await k.selectFrom('event_check_ins as c').innerJoin('event_registrations as r', 'r.id', 'c.registration_id').select(sql<number>`count(*)`.as('n')).where('r.account_id', '=', h.auth.actor!.accountId).executeTakeFirstOrThrow();
		const loans = await k.selectFrom('library_loans').select(sql<number>`count(*)`.as('n')).where('reader_account_id', '=', h.auth.actor!.accountId).executeTakeFirstOrThrow();
		expect(view.evidence.metrics).toMatchObject({ events_attended: Number(checkIns.n), books_borrowed: Number(loans.n) });
		expect([Number(checkIns.n), Number(loans.n)]).toEqual([1, 1]);
		expect(view.evidence.items.find((i) => i.source === 'events_attended')).toMatchObject({ href: `/events/${ev.id}`, memberName: 'Phạm Văn Giang' });
		expect(view.evidence.items.find((i) => i.source === 'books_borrowed')).toMatchObject({ href: `/library/titles/${book.id}`, label: 'Cùng con đọc sách mỗi ngày' });
		// declared points as given; records computed whatever is sent
		const declared = Object.fromEntries(view.set.sections.flatMap((x) => x.criteria.filter((c) => c.evidence !== 'records').map((c) => [c.key, c.points])));
		const bad = await errorOf(s.titles.selfAssess(h.auth, reg.id, { answers: { ...declared, children_attend: 50 } }));
		expect(bad.fields['answers.children_attend']?.key).toBe('errors.titles.points_range');
		const a = await s.titles.selfAssess(h.auth, reg.id, { answers: { ...declared, adults_learning: 0 } });
		// 55 declared + adults_learning 15 (2 of 2) + hours 10 (12 h ≥ 20? no: 12/20·10 = 6) + online 10 + certificates 10
		expect(a).toMatchObject({ stage: 'self', criteriaVersion: 1, score: 96, passed: true });
		expect(a.criteria.find((c) => c.key === 'adults_hours')).toMatchObject({ points: 6, value: 12 });
		// a stranger, or an officer of another commune, does not see it
		expect((await errorOf(s.titles.registration(await authAs(s, 'yenlang.canbo'), reg.id))).code).toBe('not_found');
		expect((await errorOf(s.titles.selfAssess(anonymous, reg.id, { answers: {} }))).code).toBe('unauthenticated');
	});

	it('keeps past evaluations and their scores when a new criteria version is added; only an administrator adds one', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const qm = await authAs(s, 'quangminh.canbo');
		const v1 = (await s.criteria.list(admin, 'family'))[0]!;
		expect(v1.inUse).toBe(true);
		const before = await s.db.kysely.selectFrom('title_assessments').select(['id', 'score', 'criteria_set_id', 'evidence_json']).orderBy('id').execute();
		const next = { year: 2026, name: 'Tiêu chí Gia đình học tập (sửa đổi)', passMark: 90, sections: v1.sections.map((x) => ({ ...x, criteria: x.criteria.map((c) => ({ key: c.key, text: c.text, points: c.points, evidence: c.evidence, ...(c.source && { source: c.source, target: c.target }) })) })) };
		expect((await errorOf(s.criteria.addVersion(qm, 'family', next))).code).toBe('not_found');
		expect((await errorOf(s.criteria.addVersion(admin, 'family', { ...next, passMark: 500 }))).fields.passMark?.key).toBe('errors.criteria.pass_above_max');
		const v2 = await s.criteria.addVersion(admin, 'family', next);
		expect(v2).toMatchObject({ year: 2026, version: 1, passMark: 90, inUse: false });
		const after = await s.db.kysely.selectFrom('title_assessments').select(['id', 'score', 'criteria_set_id', 'evidence_json']).orderBy('id').execute();
		expect(after).toEqual(before);
		const sets = await s.criteria.list(admin, 'family');
		expect(sets.map((x) => [x.year, x.version])).toEqual([
			[2026, 1],
			[2015, 1]
		]);
		// a new assessment is scored under the new set; the old one keeps its own
		const h = await household(DAI_BAI, 'Đỗ Văn Hải');
		const reg = await s.titles.register(h.auth, { cycleId, kind: 'family', subjectId: h.householdId });
		const a = await s.titles.selfAssess(h.auth, reg.id, { answers: {} });
		expect(a.criteriaSetId).toBe(v2.id);
		expect(a.passMark).toBe(90);
		expect(before.every((b) => b.criteria_set_id === v1.id)).toBe(true);
	});

	it('reviews a village on one screen, posts it for exactly ten days, takes objections from its residents, answers them, decides and certifies', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const head = await newAccount(s, [{ role: 'village_head', scope: { kind: 'unit', unitId: DAI_BAI } }]);
		const vh = ctx((await signIn(s, head.login, STRONG)).actor);
		const screen = await s.titles.villageReview(vh, cycleId, DAI_BAI);
		expect(screen.registrations.length).toBeGreaterThanOrEqual(5);
		expect(screen.can).toMatchObject({ review: true, post: false });
		// a village head of Đại Bái does not review Yên Phú
		expect((await errorOf(s.titles.villageReview(vh, cycleId, YEN_PHU))).code).toBe('not_found');
		const refuseOne = screen.registrations[screen.registrations.length - 1]!;
		expect((await errorOf(s.titles.review(vh, cycleId, DAI_BAI, { items: [{ registrationId: refuseOne.id, agree: false }] }))).fields['items.0.note']?.key).toBe('errors.titles.reason_needed');
		const res = await s.titles.review(vh, cycleId, DAI_BAI, { items: screen.registrations.map((r) => ({ registrationId: r.id, agree: r.id !== refuseOne.id, note: r.id === refuseOne.id ? 'Gia đình chưa tham gia học tập trong năm' : '' })) });
		expect(res).toEqual({ agreed: screen.registrations.length - 1, refused: 1 });
		// posting: not in the past; then exactly ten days
		expect((await errorOf(s.titles.post(vh, cycleId, DAI_BAI, { opensOn: '2026-09-01' }))).fields.opensOn?.key).toBe('errors.titles.posting_past');
		const p = await s.titles.post(vh, cycleId, DAI_BAI, { opensOn: '2026-09-12' });
		expect(p).toMatchObject({ opensOn: '2026-09-12', closesOn: '2026-09-21', open: false });
		expect((await errorOf(s.titles.post(vh, cycleId, DAI_BAI, { opensOn: '2026-09-12' }))).code).toBe('conflict');
		// minutes: a PDF or a photo only
		expect((await errorOf(s.titles.attachMinutes(vh, cycleId, DAI_BAI, { name: 'bien-ban.txt', bytes: new TextEncoder().encode('hello') }))).fields.minutes?.key).toBe('errors.titles.minutes_type');
		const withMinutes = await s.titles.attachMinutes(vh, cycleId, DAI_BAI, { name: 'bien-ban-hop-thon.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF') });
		expect(withMinutes.minutes).toEqual({ name: 'bien-ban-hop-thon.pdf', type: 'application/pdf' });
		expect((await s.titles.minutes(vh, cycleId, DAI_BAI)).type).toBe('application/pdf');

		const clock = get().clock;
		// before the first day: not public
		clock.set('2026-09-11T16:59:00.000Z'); // 23:59 on 11 September in Việt Nam
		expect((await errorOf(s.titles.posting(anonymous, cycleId, DAI_BAI))).code).toBe('not_found');
		clock.set('2026-09-11T17:00:00.000Z'); // 00:00 on 12 September
		const list = await s.titles.posting(anonymous, cycleId, DAI_BAI);
		expect(list.candidates.map((c) => c.id)).not.toContain(refuseOne.id);
		expect(list.candidates.length).toBe(screen.registrations.length - 1);
		expect(list.canObject).toBe(false);
		expect((await s.titles.openPostings(QM)).map((x) => x.villageName)).toEqual(['Thôn Đại Bái']);
		// a neighbour in the village objects; someone of another village may not; nor a stranger
		const neighbour = await household(DAI_BAI, 'Vũ Thị Lành');
		const target = list.candidates[0]!;
		expect((await s.titles.posting(neighbour.auth, cycleId, DAI_BAI)).canObject).toBe(true);
		expect((await errorOf(s.titles.object(neighbour.auth, target.id, { reason: 'ngắn' }))).fields.reason?.key).toBe('errors.field.too_short');
		const outsider = await household(YEN_PHU, 'Hoàng Văn Tư');
		expect((await errorOf(s.titles.object(outsider.auth, target.id, { reason: 'Tôi thấy gia đình này chưa học tập' }))).key).toBe('errors.titles.not_resident');
		expect((await errorOf(s.titles.object(anonymous, target.id, { reason: 'Tôi thấy gia đình này chưa học tập' }))).code).toBe('unauthenticated');
		const o = await s.titles.object(neighbour.auth, target.id, { reason: 'Cháu nhà này bỏ học từ tháng Ba, xin xem lại.' });
		// the last day is public; the day after is not, and no objection is taken then
		clock.set('2026-09-21T16:59:00.000Z');
		expect((await s.titles.posting(anonymous, cycleId, DAI_BAI)).closesOn).toBe('2026-09-21');
		clock.set('2026-09-21T17:00:00.000Z');
		expect((await errorOf(s.titles.posting(anonymous, cycleId, DAI_BAI))).code).toBe('not_found');
		expect((await errorOf(s.titles.object(neighbour.auth, target.id, { reason: 'Một ý kiến nữa sau khi hết hạn' }))).code).toBe('not_found');

		// the decision waits for the answer
		expect((await errorOf(s.titles.decide(qm, cycleId, { number: '125/QĐ-UBND', decidedOn: '2026-09-25', signer: 'Nguyễn Văn Chủ' }))).key).toBe('errors.titles.objections_waiting');
		expect((await errorOf(s.titles.answer(vh, o.id, { answer: 'Đã xác minh', upheld: false }))).code).toBe('not_found');
		await s.titles.answer(qm, o.id, { answer: 'Đã xác minh: cháu vẫn đi học đều, ý kiến không có cơ sở.', upheld: false });
		expect((await errorOf(s.titles.answer(qm, o.id, { answer: 'Trả lời lần hai', upheld: true }))).key).toBe('errors.titles.already_answered');
		expect((await errorOf(s.titles.decide(qm, cycleId, { number: '', decidedOn: 'hôm nay', signer: 'Nguyễn Văn Chủ' }))).fields).toMatchObject({ number: { key: 'errors.field.required' }, decidedOn: { key: 'errors.field.date' } });
		const d = await s.titles.decide(qm, cycleId, { number: '125/QĐ-UBND', decidedOn: '2026-09-25', signer: 'Nguyễn Văn Chủ' });
		expect(d.recognised).toBe(screen.registrations.length - 1);
		expect((await errorOf(s.titles.decide(qm, cycleId, { number: '126/QĐ-UBND', decidedOn: '2026-09-25', signer: 'Nguyễn Văn Chủ' }))).key).toBe('errors.titles.cycle_decided');

		// the household's record shows the title, its certificate verifies and prints
		const first = screen.registrations.find((r) => r.subjectName === 'Hộ ông/bà Nguyễn Văn An')!;
		const owner = await s.db.kysely.selectFrom('residents as p').innerJoin('households as h', 'h.head_resident_id', 'p.id').select('p.account_id').where('h.id', '=', first.subjectId).executeTakeFirstOrThrow();
		const ownerAuth = ctx((await s.accounts.jobAuth(owner.account_id!, 'vi')).actor);
		const record = await s.titles.recordOf(ownerAuth);
		expect(record).toEqual([{ kind: 'family', year: 2026, subjectName: 'Hộ ông/bà Nguyễn Văn An', certificateCode: expect.stringMatching(/^DH-/) }]);
		const v = await s.titles.verify(record[0]!.certificateCode!);
		expect(v).toMatchObject({ valid: true, title: 'Gia đình học tập', holderName: 'Hộ ông/bà Nguyễn Văn An', year: 2026, communeName: 'Xã Quang Minh', decisionNumber: '125/QĐ-UBND' });
		expect((await s.titles.verify(record[0]!.certificateCode!.toLowerCase())).code).toBe(record[0]!.certificateCode);
		expect((await errorOf(s.titles.verify('DH-KHONG-CO'))).code).toBe('not_found');
		const pdf = await s.titles.certificatePdf(ownerAuth, record[0]!.certificateCode!);
		expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
		expect((await errorOf(s.titles.certificatePdf(neighbour.auth, record[0]!.certificateCode!))).code).toBe('not_found');

		// figures: registered against recognised, against the targets
		const f = await s.titles.figures(qm, { year: 2026 });
		expect(f.rows.find((r) => r.kind === 'family')).toMatchObject({ recognised: screen.registrations.length - 1, target: 70 });
		expect(f.villages.find((x) => x.name === 'Thôn Đại Bái')!.byKind[0]).toMatchObject({ kind: 'family', recognised: screen.registrations.length - 1 });
		const x = await s.titles.figuresXlsx(qm, { year: 2026 });
		expect(x.body.subarray(0, 2).toString()).toBe('PK');
		expect((await errorOf(s.titles.figures(await authAs(s, 'dan.hung'), {}))).code).toBe('forbidden');
	});
	it('registers clans, villages and units through the commune, citizens by themselves with plain questions; an upheld objection refuses', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const qm = await authAs(s, 'quangminh.canbo');
		const head = await newAccount(s, [{ role: 'village_head', scope: { kind: 'unit', unitId: YEN_PHU } }]);
		const vh = ctx((await signIn(s, head.login, STRONG)).actor);
		const at = s.clock.now().toISOString();
		// a second cycle (next year) still open for registration
		get().clock.set('2027-03-01T02:00:00.000Z');
		const c = await s.titles.openCycle(qm, { communeId: QM, year: 2027 });
		const community = await s.titles.register(qm, { cycleId: c.id, kind: 'community', subjectId: YEN_PHU });
		expect(community).toMatchObject({ via: 'officer', subjectName: 'Thôn Yên Phú', villageId: YEN_PHU });
		// a village head registers no village, and no village of another commune is one of Quang Minh's
		expect((await errorOf(s.titles.register(vh, { cycleId: c.id, kind: 'community', subjectId: DAI_BAI }))).fields.subjectId?.key).toBe('errors.titles.unknown_subject');
		expect((await errorOf(s.titles.register(qm, { cycleId: c.id, kind: 'community', subjectId: demoId('thon-dong-lai') }))).fields.subjectId?.key).toBe('errors.titles.unknown_subject');
		const clanId = (await k.insertInto('clans').values({ id: '01900000-0000-7000-8000-00000000c1a0', name: 'Dòng họ Nguyễn Yên Phú', home_village_id: YEN_PHU, search_text: 'dong ho nguyen yen phu', created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
		expect(await s.titles.register(qm, { cycleId: c.id, kind: 'clan', subjectId: clanId })).toMatchObject({ kind: 'clan', subjectName: 'Dòng họ Nguyễn Yên Phú' });
		// a learning citizen registers and answers in plain words
		const me = await household(YEN_PHU, 'Bà Lê Thị Tư');
		const who = (await k.selectFrom('residents').select('id').where('household_id', '=', me.householdId).orderBy('birth_date').executeTakeFirstOrThrow()).id;
		const citizen = await s.titles.register(me.auth, { cycleId: c.id, kind: 'citizen', subjectId: who });
		expect(citizen.via).toBe('self');
		const view = await s.titles.registration(me.auth, citizen.id);
		expect(view.set.sections.flatMap((x) => x.criteria).every((q) => q.plain)).toBe(true);
		const a = await s.titles.selfAssess(me.auth, citizen.id, { answers: { goal: 10, reading: 10, device: 10, safe: 0, apply: 10, share: 10 } });
		expect(a).toMatchObject({ score: 50, passMark: 50, passed: true });
		// the village head registers and reviews the household, posts; a neighbour objects; upheld, it is refused
		const fam = await household(YEN_PHU, 'Ông Trịnh Văn Năm');
		const reg = await s.titles.register(vh, { cycleId: c.id, kind: 'family', subjectId: fam.householdId });
		expect(reg.via).toBe('village_head');
		const screen = await s.titles.villageReview(vh, c.id, YEN_PHU);
		await s.titles.review(vh, c.id, YEN_PHU, { items: screen.registrations.map((r) => ({ registrationId: r.id, agree: true })) });
		await s.titles.post(vh, c.id, YEN_PHU, { opensOn: '2027-03-01' });
		const o = await s.titles.object(me.auth, reg.id, { reason: 'Hộ này không tham gia lớp học nào trong năm.' });
		await s.titles.answer(qm, o.id, { answer: 'Xác minh đúng: hộ chưa tham gia học tập.', upheld: true });
		expect((await s.titles.villageReview(vh, c.id, YEN_PHU)).registrations.find((r) => r.id === reg.id)).toMatchObject({ status: 'refused', refusalReason: 'Xác minh đúng: hộ chưa tham gia học tập.' });
		// the deadline warning: the decision date is near once the review date has passed
		get().clock.set('2027-11-15T02:00:00.000Z');
		expect((await s.titles.cycles(qm, { year: 2027 })).items[0]!.warning).toMatchObject({ step: 'decision', date: '2027-11-24', daysLeft: 9 });
		get().clock.set('2026-09-25T02:00:00.000Z');
	});
});

