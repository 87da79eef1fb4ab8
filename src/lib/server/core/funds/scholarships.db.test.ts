import sharp from 'sharp';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Role, } from '../../platform/permissions';
import type { Scope } from '../../platform/access';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { DEMO_PASSWORD } from '../../demo/seed';
import { linkDemoAccount } from '../people/demo/residents';
import { demoId } from '../places/demo/load';
import type { Services } from '../../app';

const ML = demoId('xa-me-linh');
const QM = demoId('xa-quang-minh');
const TYPICAL = '01900000-0000-7000-8000-00000000c001';
const FULL = { poor_household: 25, orphan: 20, disability: 15, distance: 10, results: 20, hardship: 10 };
const scores = (total: number) => {
	// spread a total over the typical criteria, highest first
	const out: Record<string, number> = {};
	let left = total;
	for (const [k, max] of Object.entries(FULL)) {
		out[k] = Math.min(max, left);
		left -= out[k]!;
	}
	return out;
};
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describeEachDatabase('scholarship rounds: nominations, independent review, approvals within the budget, payout through the book', { demo: 'no-news', funds: true }, (get) => {
	let n = 0;
	const account = async (s: Services, role: Role, scope: Scope) => {
		const login = `hb.${role}.${n++}`;
		await s.accounts.createAccountDirect({ login, displayName: `Cán bộ ${login}`, password: DEMO_PASSWORD, grants: [{ role, scope }] });
		return { login, auth: await authAs(s, login) };
	};
	const villagesOf = async (s: Services, unit: string) => (await s.places.getUnit(unit)).children.filter((c) => c.level === 'village');

	/** A Mê Linh fund with money in it, a round on it, two reviewers. */
	async function setUp(opts: { budget?: number; places?: number; award?: number; money?: number } = {}) {
		const s = get().services;
		const chair = await authAs(s, 'melinh.khuyenhoc');
		const fund = await s.funds.create(chair, { name: `Quỹ khuyến học xã Mê Linh ${n++}`, ownerKind: 'association_branch', unitId: ML });
		if (opts.money) await s.funds.donate(chair, fund.id, { amount: opts.money, method: 'cash', donorKind: 'organization', donorName: 'Công ty TNHH Hoa Mê Linh', donorPublic: true, receivedOn: '2026-11-01' });
		const round = await s.scholarships.createRound(chair, { fundId: fund.id, name: 'Học bổng vượt khó năm học 2026-2027', schoolYear: '2026-2027', criteriaSetId: TYPICAL, budget: opts.budget ?? 9_000_000, places: opts.places ?? 30, awardAmount: opts.award ?? 1_500_000, opensOn: '2026-11-01', closesOn: '2026-12-15' });
		const r1 = await account(s, 'association_officer', { kind: 'unit', unitId: ML });
		const r2 = await account(s, 'commune_officer', { kind: 'unit', unitId: ML });
		await s.scholarships.addReviewer(chair, round.id, { login: r1.login });
		await s.scholarships.addReviewer(chair, round.id, { login: r2.login });
		const villages = await villagesOf(s, ML);
		return { s, chair, fund, round, reviewers: [r1.auth, r2.auth], villages };
	}
	const pupil = (villageId: string, i: number, extra: Record<string, unknown> = {}) => ({ pupilName: `Nguyễn Văn Học ${i}`, birthYear: 2013, schoolName: 'Trường THCS Mê Linh', className: '7A', villageId, circumstances: 'Gia đình thuộc hộ nghèo, bố mất sớm, em vẫn học tốt.', claims: { poor_household: 'Hộ nghèo năm 2026' }, ...extra });

	it('keeps criteria as versioned data: the typical set is marked unconfirmed, a change is a new version, a round keeps the one it opened with', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const sets = await s.scholarships.criteriaSets(await authAs(s, 'melinh.khuyenhoc'));
		const typical = sets.items.find((c) => c.id === TYPICAL)!;
		expect(typical).toMatchObject({ version: 1, confirmed: false, totalPoints: 100 });
		expect(typical.criteria.map((c) => c.key)).toEqual(['poor_household', 'orphan', 'disability', 'distance', 'results', 'hardship']);
		const { round } = await setUp();
		const v2 = await s.scholarships.addCriteriaSet(admin, { family: typical.family, name: 'Bộ tiêu chí năm 2027', criteria: [...typical.criteria.slice(0, 5), { key: 'hardship', label: 'Vượt khó', maxPoints: 30 }], confirmed: true });
		expect(v2).toMatchObject({ family: typical.family, version: 2, confirmed: true, totalPoints: 120 });
		expect((await s.scholarships.round(admin, round.id)).criteriaSet).toMatchObject({ id: TYPICAL, version: 1, totalPoints: 100 });
		// only administrators add versions; bad criteria are refused with a message
		expect((await errorOf(s.scholarships.addCriteriaSet(await authAs(s, 'melinh.khuyenhoc'), { name: 'x', criteria: [] }))).code).toBe('forbidden');
		const bad = await errorOf(s.scholarships.addCriteriaSet(admin, { name: 'Bộ lỗi', criteria: [{ key: 'A b', label: 'x', maxPoints: 0 }, { key: 'ok_key', label: 'y', maxPoints: 5 }, { key: 'ok_key', label: 'z', maxPoints: 5 }] }));
		expect(bad.fields['criteria.0.key']?.key).toBe('errors.scholarships.criterion_key');
		expect(bad.fields['criteria.2.key']?.key).toBe('errors.scholarships.criterion_twice');
		expect((await errorOf(s.scholarships.addCriteriaSet(admin, { family: 'khong-co-bo-nay', name: 'Bộ', criteria: [{ key: 'abc', label: 'x', maxPoints: 5 }] }))).fields.family?.key).toBe('errors.scholarships.unknown_family');
	});

	it('takes nominations from a school, an association officer and a guardian, never from the pupil’s own account or a child’s', async () => {
		const { s, chair, round, villages } = await setUp();
		const admin = await authAs(s, 'admin');
		const village = villages[0]!;
		// a household: a mother with an account, her son (12) with his own account
		const mother = await s.people.create(admin, { fullName: 'Trần Thị Mẹ', birthDate: '1985-03-02', gender: 'female', villageId: village.id });
		const son = await s.people.create(admin, { fullName: 'Lê Văn Con', birthDate: '2014-09-10', gender: 'male', villageId: village.id, householdId: mother.householdId, relationToHead: 'child' });
		const stranger = await s.people.create(admin, { fullName: 'Phạm Văn Lạ', birthDate: '2013-01-01', gender: 'male', villageId: village.id });
		const motherAcc = await account(s, 'resident', { kind: 'unit', unitId: village.id });
		const sonAcc = await account(s, 'resident', { kind: 'unit', unitId: village.id });
		await linkDemoAccount(s.db.kysely, mother.id, (await s.accounts.me(motherAcc.auth)).id);
		await linkDemoAccount(s.db.kysely, son.id, (await s.accounts.me(sonAcc.auth)).id);
		const asMother = await authAs(s, motherAcc.login);
		const asSon = await authAs(s, sonAcc.login);

		const own = await errorOf(s.scholarships.nominate(asSon, round.id, { residentId: son.id, className: '6A', schoolName: 'Trường THCS Mê Linh', circumstances: 'Em tự đề cử mình vì nhà nghèo.' }));
		expect([own.code, own.key]).toEqual(['forbidden', 'errors.scholarships.own_account']);
		expect((await errorOf(s.scholarships.nominate(asSon, round.id, { residentId: mother.id, className: '6A', schoolName: 'x', circumstances: 'Em đề cử mẹ của em.' }))).key).toBe('errors.scholarships.child_account');
		expect((await errorOf(s.scholarships.nominate(asMother, round.id, { residentId: stranger.id, className: '7B', schoolName: 'Trường THCS Mê Linh', circumstances: 'Cháu nhà hàng xóm rất khó khăn.' }))).key).toBe('errors.scholarships.not_guardian');
		const byMother = await s.scholarships.nominate(asMother, round.id, { residentId: son.id, className: '6A', schoolName: 'Trường THCS Mê Linh', circumstances: 'Bố cháu mất năm 2024, mẹ làm ruộng một mình nuôi hai con.', claims: { orphan: 'Mồ côi bố', poor_household: '' } });
		expect(byMother.nominatorKind).toBe('guardian');
		expect((await errorOf(s.scholarships.nominate(asMother, round.id, { residentId: son.id, className: '6A', schoolName: 'Trường THCS Mê Linh', circumstances: 'Nộp lại lần nữa cho chắc.' }))).key).toBe('errors.scholarships.already_nominated');
		// the guardian sees her own nomination, no one else's, and no scores or documents
		const seen = await s.scholarships.round(asMother, round.id);
		expect(seen.nominations.map((x) => [x.pupilName, x.claims])).toEqual([['Lê Văn Con', { orphan: 'Mồ côi bố' }]]);
		expect(seen.can).toEqual({ manage: false, review: false, nominate: true });

		// a school's administrator for the school's pupils
		const schools = await s.places.listOrganizationsInScope(admin, { kind: 'school', unit: ML });
		const school = schools.items[0]!;
		const head = await account(s, 'school_admin', { kind: 'organization', orgId: school.id });
		expect((await s.scholarships.nominate(head.auth, round.id, pupil(village.id, 1, { schoolOrgId: school.id, schoolName: '' }))).nominatorKind).toBe('school');
		// both find the round open for nominations in their list; an officer elsewhere does not
		for (const who of [head.auth, asMother]) expect((await s.scholarships.listRounds(who, {})).items.map((x) => x.id)).toContain(round.id);
		// an association officer for a village in scope
		expect((await s.scholarships.nominate(chair, round.id, pupil(village.id, 2))).nominatorKind).toBe('association');
		const bad = await errorOf(s.scholarships.nominate(chair, round.id, { pupilName: '', className: '', villageId: (await villagesOf(s, QM))[0]!.id, circumstances: 'ngắn', claims: { khong_co: 'x' } }));
		expect(Object.keys(bad.fields).sort()).toEqual(['circumstances', 'className']);
		expect((await errorOf(s.scholarships.nominate(chair, round.id, pupil((await villagesOf(s, QM))[0]!.id, 3)))).fields.villageId?.key).toBe('errors.scholarships.village_outside');
		expect((await errorOf(s.scholarships.nominate(chair, round.id, pupil(village.id, 4, { claims: { khong_co: 'x' } })))).fields['claims.khong_co']?.key).toBe('errors.field.unknown');
		// out of scope: another commune's officer, a resident elsewhere, no session
		const qmOfficer = await account(s, 'association_officer', { kind: 'unit', unitId: QM });
		expect((await errorOf(s.scholarships.round(qmOfficer.auth, round.id))).code).toBe('not_found');
		expect((await s.scholarships.listRounds(qmOfficer.auth, {})).items.map((x) => x.id)).not.toContain(round.id);
		expect((await errorOf(s.scholarships.nominate(qmOfficer.auth, round.id, pupil(village.id, 5)))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.round(await authAs(s, 'dan.lan'), round.id))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.round(anonymous, round.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.scholarships.round(chair, 'khong-co'))).code).toBe('not_found');
		// closed for nominations
		await s.scholarships.closeNominations(chair, round.id);
		expect((await errorOf(s.scholarships.nominate(chair, round.id, pupil(village.id, 6)))).key).toBe('errors.scholarships.not_open');
	});

	it('keeps documents to the round’s reviewers and chair: a photo re-encoded, a PDF as it is; 404 to the nominator and everyone else', async () => {
		const { s, chair, round, reviewers, villages } = await setUp();
		const nomination = await s.scholarships.nominate(chair, round.id, pupil(villages[0]!.id, 1));
		const png = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).png().toBuffer());
		const photo = await s.scholarships.addDocument(chair, nomination.id, { file: png, fileName: 'giay-chung-nhan-ho-ngheo.png' });
		expect(photo).toMatchObject({ contentType: 'image/webp', fileName: 'giay-chung-nhan-ho-ngheo.webp' });
		const paper = await s.scholarships.addDocument(chair, nomination.id, { file: PDF, fileName: 'hoc-ba.pdf' });
		expect((await s.scholarships.document(reviewers[0]!, paper.id)).bytes).toEqual(PDF);
		expect((await s.scholarships.document(chair, photo.id)).contentType).toBe('image/webp');
		expect((await errorOf(s.scholarships.addDocument(chair, nomination.id, { file: new TextEncoder().encode('<svg onload=alert(1)>'), fileName: 'x.svg' }))).fields.file?.key).toBe('errors.image.type');
		expect((await errorOf(s.scholarships.addDocument(chair, nomination.id, { file: null, fileName: null }))).fields.file?.key).toBe('errors.field.required');
		// a school administrator who nominated sees the nomination, not the documents
		const admin = await authAs(s, 'admin');
		const school = (await s.places.listOrganizationsInScope(admin, { kind: 'school', unit: ML })).items[0]!;
		const head = await account(s, 'school_admin', { kind: 'organization', orgId: school.id });
		const own = await s.scholarships.nominate(head.auth, round.id, pupil(villages[0]!.id, 2, { schoolOrgId: school.id }));
		const mine = await s.scholarships.addDocument(head.auth, own.id, { file: PDF, fileName: 'don.pdf' });
		for (const id of [mine.id, paper.id]) expect((await errorOf(s.scholarships.document(head.auth, id))).code).toBe('not_found');
		expect((await s.scholarships.round(head.auth, round.id)).nominations.map((x) => x.documents)).toEqual([[]]);
		const qmOfficer = await account(s, 'association_officer', { kind: 'unit', unitId: QM });
		expect((await errorOf(s.scholarships.document(qmOfficer.auth, paper.id))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.document(await authAs(s, 'quangminh.canbo'), paper.id))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.addDocument(qmOfficer.auth, nomination.id, { file: PDF, fileName: 'x.pdf' }))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.document(anonymous, paper.id))).code).toBe('unauthenticated');
	});

	it('scores independently: no one sees others’ scores before their own, a conflict takes the reviewer out, the mean ranks with a fixed tie-break', async () => {
		const { s, chair, round, reviewers, villages } = await setUp();
		const [a, b] = reviewers as [typeof chair, typeof chair];
		const ids: string[] = [];
		for (let i = 0; i < 3; i++) ids.push((await s.scholarships.nominate(chair, round.id, pupil(villages[0]!.id, i))).id);
		await s.scholarships.closeNominations(chair, round.id);
		await s.scholarships.review(a, ids[0]!, { scores: scores(80) });
		// b has not scored: a's score is hidden from b
		let forB = await s.scholarships.round(b, round.id);
		expect(forB.nominations.find((x) => x.id === ids[0])).toMatchObject({ score: null, reviewed: false, reviewList: [] });
		await s.scholarships.review(b, ids[0]!, { scores: scores(61) });
		forB = await s.scholarships.round(b, round.id);
		expect(forB.nominations.find((x) => x.id === ids[0])).toMatchObject({ score: 70.5, reviews: 2, reviewed: true });
		expect(forB.nominations.find((x) => x.id === ids[0])!.reviewList).toHaveLength(2);
		// a conflict of interest: no points from that reviewer, only the reason (which must be given)
		expect((await errorOf(s.scholarships.review(a, ids[1]!, { conflict: true }))).fields.conflictReason?.key).toBe('errors.scholarships.conflict_reason');
		await s.scholarships.review(a, ids[1]!, { conflict: 'on', conflictReason: 'Là cháu ruột của tôi', scores: { poor_household: 25 } });
		await s.scholarships.review(b, ids[1]!, { scores: scores(70) });
		await s.scholarships.review(a, ids[2]!, { scores: scores(70) });
		await s.scholarships.review(b, ids[2]!, { scores: scores(71) });
		expect((await errorOf(s.scholarships.review(a, ids[1]!, { scores: scores(99) }))).key).toBe('errors.scholarships.already_reviewed');
		expect((await errorOf(s.scholarships.review(b, ids[0]!, { scores: { ...scores(50), poor_household: 26 } }))).key).toBe('errors.scholarships.already_reviewed');
		// the chair (not a reviewer) reviews nothing, sees everything, ranked
		expect((await errorOf(s.scholarships.review(chair, ids[0]!, { scores: scores(10) }))).key).toBe('errors.scholarships.not_reviewer');
		const forChair = await s.scholarships.round(chair, round.id);
		expect(forChair.nominations.map((x) => [x.id, x.score, x.reviews, x.rank])).toEqual([
			// equal scores and reviews: the one nominated first
			[ids[0], 70.5, 2, 1],
			[ids[2], 70.5, 2, 2],
			[ids[1], 70, 1, 3]
		]);
		const conflicted = forChair.nominations.find((x) => x.id === ids[1])!.reviewList as { conflict: boolean; total: number; conflictReason: string }[];
		expect(conflicted.map((x) => [x.conflict, x.total])).toEqual([
			[true, 0],
			[false, 70]
		]);
		const bad = await errorOf(s.scholarships.review(b, (await s.scholarships.round(chair, round.id)).nominations[0]!.id, {}));
		expect(bad.code).toBe('conflict');
		const qmOfficer = await account(s, 'association_officer', { kind: 'unit', unitId: QM });
		expect((await errorOf(s.scholarships.review(qmOfficer.auth, ids[0]!, { scores: scores(50) }))).code).toBe('not_found');
	});

	it('approves within the budget when twenty approvals arrive at once: exactly what fits, the rest refused with what is left, nothing changed', async () => {
		const { s, chair, round, reviewers, villages } = await setUp({ budget: 10_000_000, award: 1_500_000 });
		const ids: string[] = [];
		for (let i = 0; i < 20; i++) ids.push((await s.scholarships.nominate(chair, round.id, pupil(villages[i % villages.length]!.id, i))).id);
		expect((await errorOf(s.scholarships.approve(chair, ids[0]!, {}))).key).toBe('errors.scholarships.not_scored');
		await s.scholarships.closeNominations(chair, round.id);
		for (const [i, id] of ids.entries()) await s.scholarships.review(reviewers[0]!, id, { scores: scores(40 + i) });
		const results = await Promise.allSettled(ids.map((id) => s.scholarships.approve(chair, id, {})));
		const approved = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as { key: string; params: Record<string, unknown> });
		expect(approved).toHaveLength(6);
		expect(refused.map((e) => e.key)).toEqual(Array(14).fill('errors.scholarships.over_budget'));
		expect(refused[0]!.params).toEqual({ left: '1.000.000', amount: '1.500.000' });
		const after = await s.scholarships.round(chair, round.id);
		expect(after.round).toMatchObject({ committed: 9_000_000, awarded: 6 });
		expect(after.left).toBe(1_000_000);
		expect(after.nominations.filter((x) => x.status === 'approved')).toHaveLength(6);
		// a smaller amount still fits; the same pupil twice does not
		const waiting = after.nominations.filter((x) => x.status === 'nominated');
		expect(await s.scholarships.approve(chair, waiting[0]!.id, { amount: '1.000.000' })).toMatchObject({ left: 0 });
		expect((await errorOf(s.scholarships.approve(chair, waiting[0]!.id, { amount: 1 }))).key).toBe('errors.scholarships.already_approved');
		const over = await errorOf(s.scholarships.approve(chair, waiting[1]!.id, {}));
		expect([over.code, over.key]).toEqual(['conflict', 'errors.scholarships.over_budget']);
		expect((await s.scholarships.round(chair, round.id)).round).toMatchObject({ committed: 10_000_000, awarded: 7 });
		// the database holds the line too
		await expect(s.db.kysely.updateTable('scholarship_rounds').set({ committed: 10_000_001 }).where('id', '=', round.id).execute()).rejects.toThrow();
		// out of scope: not found, and nothing changed
		const qmOfficer = await account(s, 'association_officer', { kind: 'unit', unitId: QM });
		expect((await errorOf(s.scholarships.approve(qmOfficer.auth, waiting[2]!.id, {}))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.approve(reviewers[1]!, waiting[2]!.id, {}))).code).toBe('not_found');
	});

	it('approves in rank order up to the places, then pays every award from the fund in one transaction — all or none — and the book stays whole', async () => {
		const { s, chair, fund, round, reviewers, villages } = await setUp({ budget: 20_000_000, places: 4, award: 1_500_000, money: 5_000_000 });
		const ids: string[] = [];
		for (let i = 0; i < 6; i++) ids.push((await s.scholarships.nominate(chair, round.id, pupil(villages[0]!.id, i, { pupilName: `Em Đỗ Thị Hoa ${i}` }))).id);
		await s.scholarships.closeNominations(chair, round.id);
		for (const [i, id] of ids.entries()) await s.scholarships.review(reviewers[1]!, id, { scores: scores(90 - i * 5) });
		expect((await errorOf(s.scholarships.decide(chair, round.id))).key).toBe('errors.scholarships.none_approved');
		expect(await s.scholarships.approveInOrder(chair, round.id)).toEqual({ approved: 4, left: 14_000_000 });
		const decided = await s.scholarships.round(chair, round.id);
		expect(decided.nominations.filter((x) => x.status === 'approved').map((x) => x.id)).toEqual(ids.slice(0, 4));
		expect((await errorOf(s.scholarships.approve(chair, ids[4]!, {}))).key).toBe('errors.scholarships.no_places');
		expect((await errorOf(s.scholarships.pay(chair, round.id, { paidOn: '2026-11-30' }))).key).toBe('errors.scholarships.not_decided');
		await s.scholarships.decide(chair, round.id);
		// 4 × 1,500,000 = 6,000,000 against 5,000,000: nothing is paid
		const short = await errorOf(s.scholarships.pay(chair, round.id, { paidOn: '2026-11-30' }));
		expect([short.code, short.key, short.params]).toEqual(['conflict', 'errors.scholarships.fund_insufficient', { total: '6.000.000', balance: '5.000.000' }]);
		expect(await s.funds.get(chair, fund.id)).toMatchObject({ balance: 5_000_000, entries: 1 });
		expect((await s.scholarships.round(chair, round.id)).round.status).toBe('decided');
		expect((await s.funds.verify()).broken).toEqual([]);
		// money comes in; the payout goes through, one entry per award
		await s.funds.donate(chair, fund.id, { amount: 2_000_000, method: 'cash', donorKind: 'anonymous', receivedOn: '2026-11-29' });
		const paid = await s.scholarships.pay(chair, round.id, { paidOn: '2026-11-30' });
		expect(paid).toEqual({ status: 'paid', awards: 4, total: 6_000_000 });
		expect(await s.funds.get(chair, fund.id)).toMatchObject({ balance: 1_000_000, entries: 6 });
		const after = await s.scholarships.round(chair, round.id);
		const entries = (await s.funds.entries(chair, fund.id, {})).items;
		for (const x of after.nominations.filter((y) => y.status === 'approved')) expect(entries.find((e) => e.id === x.entryId)).toMatchObject({ kind: 'disbursement', purpose: 'scholarship', amount: -1_500_000, partyName: x.pupilName });
		expect((await errorOf(s.scholarships.pay(chair, round.id, { paidOn: '2026-11-30' }))).key).toBe('errors.scholarships.already_paid');
		expect((await s.funds.verify()).broken).toEqual([]);
		// the public page names no pupil
		const pub = JSON.stringify(await s.funds.publicView(fund.id));
		expect(pub).toContain('Đ. T. H.');
		expect(pub).not.toContain('Đỗ Thị Hoa');

		// the signed-receipt list: the chair's, as PDF and .xlsx
		const pdf = await s.scholarships.receiptList(chair, round.id, { format: 'pdf' });
		expect(pdf.contentType).toBe('application/pdf');
		expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
		const xlsx = await s.scholarships.receiptList(chair, round.id, { format: 'xlsx' });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		expect(ws.getCell(4, 1).value).toBe('DANH SÁCH HỌC SINH NHẬN HỌC BỔNG');
		expect(ws.getRow(7).values).toEqual([undefined, 'STT', 'Họ và tên', 'Lớp', 'Trường', 'Thôn', 'Số tiền (đ)', 'Ký nhận']);
		expect(ws.getCell(8, 2).value).toBe('Em Đỗ Thị Hoa 0');
		expect(ws.getCell(12, 6).value).toBe(6_000_000);
		expect(String(ws.getCell(14, 1).value)).toContain('Sáu triệu đồng');
		for (const who of [reviewers[1]!, (await account(s, 'association_officer', { kind: 'unit', unitId: QM })).auth]) expect((await errorOf(s.scholarships.receiptList(who, round.id, {}))).code).toBe('not_found');
	});

	it('loads the demo’s finished round: forty-five awards paid from the Quang Minh association’s fund, within the budget, the book whole, no pupil named in public', async () => {
		const s = get().services;
		const chair = await authAs(s, 'quangminh.khuyenhoc');
		const [round] = (await s.scholarships.listRounds(chair, {})).items;
		expect(round).toMatchObject({ status: 'paid', awarded: 45, committed: 58_500_000, budget: 60_000_000, nominations: 50 });
		const view = await s.scholarships.round(chair, round!.id);
		const approved = view.nominations.filter((x) => x.status === 'approved');
		expect(approved.map((x) => x.rank)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
		expect(approved.every((x) => x.entryId !== null)).toBe(true);
		expect((await s.funds.verify()).broken).toEqual([]);
		const pub = JSON.stringify(await s.funds.publicView(round!.fundId));
		for (const x of approved) expect(pub).not.toContain(x.pupilName);
		expect((await s.scholarships.round(await authAs(s, 'thcs.quangminh'), round!.id)).nominations.find((x) => x.reviewList.some((r) => (r as { conflict: boolean }).conflict))).toBeDefined();
		expect((await errorOf(s.scholarships.round(await authAs(s, 'melinh.khuyenhoc'), round!.id))).code).toBe('not_found');
	});

	it('refuses a round or a reviewer typed wrong, out of scope or without a session, with a message per field and nothing written', async () => {
		const { s, chair, fund, round } = await setUp();
		const good = { fundId: fund.id, name: 'Học bổng thử', schoolYear: '2026-2027', criteriaSetId: TYPICAL, budget: '10.000.000', places: 5, awardAmount: '1.000.000', opensOn: '2026-11-01', closesOn: '2026-11-30' };
		const bad = await errorOf(s.scholarships.createRound(chair, { ...good, schoolYear: '2026', budget: '1.5', places: 0, closesOn: '2026-10-01' }));
		expect(bad.fields).toMatchObject({ schoolYear: { key: 'errors.scholarships.school_year' }, budget: { key: 'errors.funds.amount' }, places: { key: 'errors.field.too_small' } });
		expect((await errorOf(s.scholarships.createRound(chair, { ...good, closesOn: '2026-10-01' }))).fields.closesOn?.key).toBe('errors.scholarships.closes_before');
		expect((await errorOf(s.scholarships.createRound(chair, { ...good, awardAmount: '20.000.000' }))).fields.awardAmount?.key).toBe('errors.scholarships.award_over_budget');
		expect((await errorOf(s.scholarships.createRound(chair, { ...good, criteriaSetId: fund.id }))).fields.criteriaSetId?.key).toBe('errors.scholarships.criteria_set');
		const qmOfficer = await account(s, 'association_officer', { kind: 'unit', unitId: QM });
		expect((await errorOf(s.scholarships.createRound(qmOfficer.auth, good))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.createRound(await authAs(s, 'quangminh.canbo'), good))).code).toBe('not_found');
		expect((await errorOf(s.scholarships.createRound(anonymous, good))).code).toBe('unauthenticated');
		expect((await errorOf(s.scholarships.listRounds(anonymous, {}))).code).toBe('unauthenticated');
		expect((await s.scholarships.listRounds(chair, { fund: fund.id })).items.map((r) => r.id)).toEqual([round.id]);
		// reviewers: a staff account other than the chair
		for (const login of ['khong.co.ai', 'dan.lan']) expect((await errorOf(s.scholarships.addReviewer(chair, round.id, { login }))).fields.login?.key).toBe('errors.scholarships.reviewer_unknown');
		expect((await errorOf(s.scholarships.addReviewer(chair, round.id, { login: 'melinh.khuyenhoc' }))).fields.login?.key).toBe('errors.scholarships.reviewer_chair');
		expect((await errorOf(s.scholarships.addReviewer(qmOfficer.auth, round.id, { login: 'kiemtoan' }))).code).toBe('not_found');
		expect((await s.scholarships.round(chair, round.id)).reviewers).toHaveLength(2);
		expect((await errorOf(s.scholarships.pay(chair, round.id, { paidOn: '30/11/2026' }))).fields.paidOn?.key).toBe('errors.field.date');
		expect((await errorOf(s.scholarships.receiptList(chair, round.id, { format: 'doc' }))).fields.format).toBeDefined();
		expect((await errorOf(s.scholarships.receiptList(chair, round.id, {}))).key).toBe('errors.scholarships.not_decided');
		expect((await s.scholarships.listRounds(chair, {})).items.filter((r) => r.name === 'Học bổng thử')).toEqual([]);
	});
});
