import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { ctx, newAccount, signIn, STRONG } from '../../testing/accounts';
import { describeEachDatabase } from '../../testing/databases';
import { parseInput } from '../../platform/validation';
import { criteriaSetInput } from '../criteria/criteria.schemas';
import { demoId } from '../places/demo/load';
import { EMULATION_CRITERIA_SEED } from './emulation.criteria.data';

const QM = demoId('xa-quang-minh');
const THCS_QM = demoId('thcs-quang-minh');
const TH_QM = demoId('th-quang-minh-a');
const MN_QM = demoId('mn-chi-dong');
const THPT_QM = demoId('thpt-quang-minh');
const TTHT_QM = demoId('ttht-quang-minh');
const THCS_TT = demoId('thcs-tien-thang');
const TTHT_TT = demoId('ttht-tien-thang');

/** full points on every criterion but `minus` points off the first */
const fullItems = (minus = 0) => {
	const items: Record<string, { points: number; note?: string }> = {};
	EMULATION_CRITERIA_SEED.sections.forEach((s, i) => s.criteria.forEach((c, j) => (items[c.key] = { points: c.points - (i === 0 && j === 0 ? minus : 0), note: 'Có minh chứng lưu tại trường' })));
	return items;
};

describeEachDatabase('emulation "dạy tốt, học tốt": rounds, self-scores, review, ranking, awards, joint activities', { demo: true, clockStart: '2026-10-05T02:00:00.000Z' }, (get) => {
	let roundId = '';

	it('seeds the best-known criteria: 100 points in five sections, pass mark 70, unconfirmed', async () => {
		expect(() => parseInput(criteriaSetInput, { ...EMULATION_CRITERIA_SEED, year: 2015 })).not.toThrow();
		const s = get().services;
		const versions = await s.emulation.criteriaVersions(await authAs(s, 'thcs.quangminh'));
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ subjectKind: 'school_emulation', version: 1, maxPoints: 100, passMark: 70, confirmed: false });
		expect(versions[0]!.sections.map((x) => x.key)).toEqual(['teaching', 'digital', 'online_safety', 'movement', 'community']);
		expect((await errorOf(s.emulation.criteriaVersions(anonymous))).code).toBe('unauthenticated');
	});

	it('opens a round for a commune and a school year, once; refuses bad input, strangers and officers of another commune', async () => {
		const s = get().services;
		const office = await authAs(s, 'giaoduc.hanoi');
		expect((await errorOf(s.emulation.openRound(anonymous, { unitId: QM, schoolYear: 2026 }))).code).toBe('unauthenticated');
		const bad = await errorOf(s.emulation.openRound(office, { unitId: 'xã', schoolYear: 'năm nay' }));
		expect(bad.code).toBe('invalid');
		expect(Object.keys(bad.fields).sort()).toEqual(['schoolYear', 'unitId']);
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.emulation.openRound(yl, { unitId: QM, schoolYear: 2026 }))).fields.unitId?.key).toBe('errors.emulation.unknown_unit');
		expect(await s.db.kysely.selectFrom('emulation_rounds').select('id').execute()).toHaveLength(0);
		const r = await s.emulation.openRound(office, { unitId: QM, schoolYear: 2026 });
		expect(r).toMatchObject({ unitId: QM, schoolYear: 2026, schoolYearLabel: '2026–2027', status: 'open', can: { manage: true } });
		roundId = r.id;
		expect((await errorOf(s.emulation.openRound(await authAs(s, 'quangminh.canbo'), { unitId: QM, schoolYear: 2026 }))).fields.schoolYear?.key).toBe('errors.emulation.round_exists');
		// another commune's officer, a stranger, and a school elsewhere do not see it
		expect((await errorOf(s.emulation.getRound(yl, roundId))).code).toBe('not_found');
		expect((await errorOf(s.emulation.getRound(anonymous, roundId))).code).toBe('unauthenticated');
		expect((await s.emulation.listRounds(yl)).items).toHaveLength(0);
		const school = await authAs(s, 'thcs.quangminh');
		const seen = await s.emulation.listRounds(school);
		expect(seen.items.map((x) => x.id)).toEqual([roundId]);
		expect(seen.items[0]!.can).toEqual({ manage: false, score: [THCS_QM] });
		expect(seen.canOpen).toBe(false);
		const g = await s.emulation.getRound(school, roundId);
		expect(g.ranking.map((x) => x.schoolOrgId).sort()).toEqual([MN_QM, TH_QM, THCS_QM, THPT_QM].sort());
	});

	it('a school self-scores its own school only (another school: 404); bad points give field messages and write nothing; two at once make one row', async () => {
		const s = get().services;
		const school = await authAs(s, 'thcs.quangminh');
		expect((await errorOf(s.emulation.selfScore(school, roundId, TH_QM, { items: fullItems() }))).code).toBe('not_found');
		expect((await errorOf(s.emulation.getScore(school, roundId, TH_QM))).code).toBe('not_found');
		expect((await errorOf(s.emulation.selfScore(school, roundId, THCS_TT, { items: fullItems() }))).code).toBe('not_found');
		const over = await errorOf(s.emulation.selfScore(school, roundId, THCS_QM, { items: { ...fullItems(), lesson_innovation: { points: 11 }, no_such: { points: 1 } } }));
		expect(over.fields['items.lesson_innovation.points']).toEqual({ key: 'errors.emulation.points_above', params: { max: 10 } });
		expect(over.fields['items.no_such']?.key).toBe('errors.emulation.unknown_criterion');
		const neg = await errorOf(s.emulation.selfScore(school, roundId, THCS_QM, { items: { lesson_innovation: { points: -1 } } }));
		expect(neg.fields['items.lesson_innovation.points']).toBeDefined();
		expect(await s.db.kysely.selectFrom('emulation_scores').select('id').execute()).toHaveLength(0);
		// two first submissions at the same moment (two tabs): one row; a loser is told to try again
		const both = await Promise.allSettled([0, 1].map(() => s.emulation.selfScore(school, roundId, THCS_QM, { items: fullItems(2) })));
		expect(both.some((x) => x.status === 'fulfilled')).toBe(true);
		for (const x of both) if (x.status === 'rejected') expect((x.reason as { key: string }).key).toBe('errors.emulation.try_again');
		expect(await s.db.kysely.selectFrom('emulation_scores').select('id').where('school_org_id', '=', THCS_QM).execute()).toHaveLength(1);
		const sc = (await s.emulation.getScore(school, roundId, THCS_QM)).score!;
		expect(sc).toMatchObject({ schoolOrgId: THCS_QM, selfTotal: 98, criteriaVersion: 1, reviewedTotal: null });
		expect(sc.criteria.find((c) => c.key === 'lesson_innovation')).toMatchObject({ self: 8, max: 10, selfNote: 'Có minh chứng lưu tại trường' });
		// the office does not self-score for a school; the school does not review itself
		expect((await errorOf(s.emulation.selfScore(await authAs(s, 'quangminh.canbo'), roundId, THCS_QM, { items: fullItems() }))).code).toBe('not_found');
		expect((await errorOf(s.emulation.review(school, roundId, THCS_QM, { items: {} }))).code).toBe('not_found');
	});

	it('a new criteria version leaves past scores as they were scored; new scores take the new version', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const v2 = structuredClone(EMULATION_CRITERIA_SEED) as typeof EMULATION_CRITERIA_SEED;
		v2.sections[0]!.criteria[0]!.points = 5;
		v2.sections[1]!.criteria[0]!.points = 15;
		const added = await s.criteria.addVersion(admin, 'school_emulation', { ...v2, year: 2026, confirmed: true });
		expect(added).toMatchObject({ year: 2026, version: 1, confirmed: true });
		const versions = await s.emulation.criteriaVersions(admin);
		expect(versions.map((v) => [v.year, v.version, v.inUse])).toEqual([
			[2026, 1, false],
			[2015, 1, true]
		]);
		const past = await s.emulation.getScore(admin, roundId, THCS_QM);
		expect(past.score).toMatchObject({ selfTotal: 98, criteriaVersion: 1, criteriaSetId: versions[1]!.id, max: 100 });
		expect(past.score!.criteria.find((c) => c.key === 'lesson_innovation')).toMatchObject({ self: 8, max: 10 });
		// the administrator scores another school: under the new version (5 points for the first criterion at most)
		const tooMany = await errorOf(s.emulation.selfScore(admin, roundId, TH_QM, { items: fullItems() }));
		expect(tooMany.fields['items.lesson_innovation.points']).toEqual({ key: 'errors.emulation.points_above', params: { max: 5 } });
		const items = fullItems();
		items.lesson_innovation = { points: 5 };
		items.digital_lessons = { points: 15 };
		get().clock.advance(60_000);
		const th = await s.emulation.selfScore(admin, roundId, TH_QM, { items });
		expect(th).toMatchObject({ criteriaSetId: added.id, selfTotal: 100 });
	});

	it('reviews, ranks by the reviewed total (ties: the earlier submission), records awards', async () => {
		const s = get().services;
		const office = await authAs(s, 'giaoduc.hanoi');
		const admin = await authAs(s, 'admin');
		// THPT submits later than TH and THCS
		get().clock.advance(60_000);
		await s.emulation.selfScore(admin, roundId, THPT_QM, { items: fullItems(5) });
		expect((await errorOf(s.emulation.award(office, roundId, THCS_QM, { title: 'Xuất sắc' }))).key).toBe('errors.emulation.not_reviewed');
		expect((await errorOf(s.emulation.review(office, roundId, MN_QM, { items: {} }))).key).toBe('errors.emulation.not_submitted');
		const badReview = await errorOf(s.emulation.review(office, roundId, THCS_QM, { items: { lesson_innovation: { points: 50 } } }));
		expect(badReview.fields['items.lesson_innovation.points']?.key).toBe('errors.emulation.points_above');
		// THCS: 98 − 8 + 3 = 93; TH: 100 − 7 = 93 (a tie: TH submitted after THCS); THPT: 95 kept as it was
		const thcs = await s.emulation.review(office, roundId, THCS_QM, { items: { lesson_innovation: { points: 3, note: 'Chưa có chuyên đề cấp huyện' } }, comment: 'Tốt' });
		expect(thcs).toMatchObject({ reviewedTotal: 93, selfTotal: 98, passed: true, reviewComment: 'Tốt' });
		expect(thcs.criteria.find((c) => c.key === 'lesson_innovation')).toMatchObject({ self: 8, reviewed: 3, reviewNote: 'Chưa có chuyên đề cấp huyện' });
		await s.emulation.review(office, roundId, TH_QM, { items: { safe_internet: { points: 3 } } });
		await s.emulation.review(office, roundId, THPT_QM, { items: {} });
		const ranking = await s.emulation.ranking(office, roundId);
		expect(ranking.map((r) => [r.rank, r.schoolOrgId, r.reviewedTotal])).toEqual([
			[1, THPT_QM, 95],
			[2, THCS_QM, 93],
			[3, TH_QM, 93],
			[null, MN_QM, null]
		]);
		// a reviewed score is not self-scored again
		expect((await errorOf(s.emulation.selfScore(await authAs(s, 'thcs.quangminh'), roundId, THCS_QM, { items: fullItems() }))).key).toBe('errors.emulation.already_reviewed');
		const bad = await errorOf(s.emulation.award(office, roundId, THPT_QM, { title: '  ' }));
		expect(bad.fields.title).toBeDefined();
		const aw = await s.emulation.award(office, roundId, THPT_QM, { title: 'Xuất sắc', note: 'Dẫn đầu khối' });
		expect(aw).toMatchObject({ awardTitle: 'Xuất sắc', awardNote: 'Dẫn đầu khối' });
		expect((await s.emulation.ranking(await authAs(s, 'thcs.quangminh'), roundId))[0]).toMatchObject({ awardTitle: 'Xuất sắc', can: { score: false, review: false } });
		expect((await errorOf(s.emulation.award(await authAs(s, 'yenlang.canbo'), roundId, THPT_QM, { title: 'Tốt' }))).code).toBe('not_found');
		// closed: no more self-scores
		await s.emulation.closeRound(office, roundId);
		expect((await errorOf(s.emulation.selfScore(admin, roundId, MN_QM, { items: fullItems() }))).key).toBe('errors.emulation.round_closed');
	});

	it('joint school–centre activities: recorded once by either side, listed on both; out of scope is not found', async () => {
		const s = get().services;
		const centre = await authAs(s, 'tienthang.ttht');
		const acc = await newAccount(s, [{ role: 'school_admin', scope: { kind: 'organization', orgId: THCS_TT } }]);
		const school = ctx((await signIn(s, acc.login, STRONG)).actor);
		const qmSchool = await authAs(s, 'thcs.quangminh');
		const input = { heldOn: '2026-10-02', title: 'Tuần lễ học tập suốt đời: ngày hội đọc sách', schoolOrgId: THCS_TT, centreOrgId: TTHT_TT, participants: 120, note: 'Học sinh khối 8 cùng hội viên' };
		expect((await errorOf(s.emulation.activities.record(anonymous, input))).code).toBe('unauthenticated');
		expect((await errorOf(s.emulation.activities.record(qmSchool, input))).code).toBe('not_found');
		const bad = await errorOf(s.emulation.activities.record(centre, { ...input, heldOn: '31/02/2026', participants: -1, title: '' }));
		expect(Object.keys(bad.fields).sort()).toEqual(['heldOn', 'participants', 'title']);
		expect((await errorOf(s.emulation.activities.record(centre, { ...input, schoolOrgId: TTHT_TT }))).fields.schoolOrgId?.key).toBe('errors.emulation.not_school');
		expect(await s.db.kysely.selectFrom('school_centre_activities').select('id').execute()).toHaveLength(0);
		const a = await s.emulation.activities.record(centre, input);
		expect(a).toMatchObject({ recordedSide: 'centre', schoolOrgId: THCS_TT, centreOrgId: TTHT_TT, participants: 120 });
		const b = await s.emulation.activities.record(school, { ...input, heldOn: '2026-10-04', title: 'Chuyên đề an toàn trên mạng cho phụ huynh' });
		expect(b.recordedSide).toBe('school');
		await s.emulation.activities.record(qmSchool, { ...input, schoolOrgId: THCS_QM, centreOrgId: TTHT_QM });
		// each side sees both, newest first; the Quang Minh school sees only its own
		expect((await s.emulation.activities.list(school)).items.map((x) => x.id)).toEqual([b.id, a.id]);
		expect((await s.emulation.activities.list(centre, { orgId: TTHT_TT })).items.map((x) => x.id)).toEqual([b.id, a.id]);
		expect((await s.emulation.activities.list(qmSchool)).items.map((x) => x.schoolOrgId)).toEqual([THCS_QM]);
		expect((await errorOf(s.emulation.activities.list(qmSchool, { orgId: TTHT_TT }))).code).toBe('not_found');
		expect((await s.emulation.activities.list(centre, { year: 2025 })).items).toHaveLength(0);
		// the form offers a school's staff their own school, and the centres of their commune
		const offered = await s.emulation.activities.choices(qmSchool);
		expect(offered.schools.map((o) => o.id)).toEqual([THCS_QM]);
		expect(offered.centres.map((o) => o.id)).toEqual([TTHT_QM]);
		expect((await s.emulation.activities.choices(centre)).centres.map((o) => o.id)).toEqual([TTHT_TT]);
		// an officer above sees all of them in scope
		expect((await s.emulation.activities.list(await authAs(s, 'giaoduc.hanoi'), { year: 2026 })).items).toHaveLength(3);
	});
});
