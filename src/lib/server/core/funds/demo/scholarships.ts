/**
 * The demo's scholarship round: "Học bổng vượt khó" of the Quang Minh association's fund, finished
 * — fifty pupils nominated by the association and by Trường THCS Quang Minh, scored by two
 * reviewers (one declaring a conflict of interest once), forty-five approved in rank order (the
 * fifteen first at 1,500,000 đồng, the next thirty at 1,200,000: 58,500,000 of a 60,000,000
 * budget) and paid through the fund's book. Written through the services, as in real use, with
 * the typical (unconfirmed) criteria; dates around the day the demo is loaded (nominations have
 * to be taken while the round is open). Deterministic otherwise.
 */
import type { Services } from '../../../app';
import { addDays, todayVn } from '../../../platform/clock';
import { demoId } from '../../places/demo/load';
import { TYPICAL_CRITERIA_SET_ID } from '../scholarships.schemas';
import type { DemoFundKey } from './load';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quang', 'Thanh', 'Hải'];
const GIVEN = ['An', 'Bảo', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hiếu', 'Huyền', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Ngọc', 'Phúc', 'Quân', 'Tâm', 'Trang', 'Vy'];
const STORIES = [
	{ text: 'Gia đình thuộc hộ nghèo của xã; bố mẹ làm ruộng, em vẫn đạt học sinh giỏi.', claims: { poor_household: 'Hộ nghèo năm 2026', results: 'Học sinh giỏi năm học trước' } },
	{ text: 'Bố mất năm 2023, mẹ làm công nhân may; em là chị cả, chăm hai em nhỏ.', claims: { orphan: 'Mồ côi bố', hardship: 'Vừa học vừa chăm em' } },
	{ text: 'Hộ cận nghèo; nhà cách trường 7 km, em đi xe đạp mỗi ngày.', claims: { poor_household: 'Hộ cận nghèo', distance: 'Cách trường 7 km' } },
	{ text: 'Em bị khuyết tật vận động nhẹ, vẫn đi học đều và học khá.', claims: { disability: 'Khuyết tật vận động mức nhẹ', results: 'Học lực khá' } },
	{ text: 'Mồ côi cả cha lẫn mẹ, ở với bà nội đã ngoài 70 tuổi.', claims: { orphan: 'Mồ côi cả cha lẫn mẹ', poor_household: 'Hộ nghèo' } }
];

/** Loads the finished round on the Quang Minh association's fund. */
export async function loadDemoScholarships(s: Services, funds: Record<DemoFundKey, string>): Promise<{ roundId: string }> {
	// the chair (quangminh.khuyenhoc) and the school's reviewer (thcs.quangminh) are among DEMO_ACCOUNTS
	const as = (login: string) => s.accounts.commandLineAuth(login);
	const [chair, school, commune] = await Promise.all([as('quangminh.khuyenhoc'), as('thcs.quangminh'), as('quangminh.canbo')]);
	const today = todayVn(s.clock);
	const round = await s.scholarships.createRound(chair, { fundId: funds['hkh-quang-minh'], name: 'Học bổng "Vượt khó học giỏi"', schoolYear: '2026-2027', criteriaSetId: TYPICAL_CRITERIA_SET_ID, budget: 60_000_000, places: 45, awardAmount: 1_200_000, opensOn: addDays(today, -30), closesOn: today });
	for (const login of ['quangminh.canbo', 'thcs.quangminh']) await s.scholarships.addReviewer(chair, round.id, { login });

	const villages = (await s.places.getUnit(demoId('xa-quang-minh'))).children.filter((c) => c.level === 'village');
	const schools = [
		{ id: demoId('th-quang-minh-a'), name: 'Trường Tiểu học Quang Minh A', classes: ['3A', '4B', '5A', '5C'], born: 2016 },
		{ id: demoId('thcs-quang-minh'), name: 'Trường THCS Quang Minh', classes: ['6A', '7B', '8A', '9C'], born: 2012 },
		{ id: demoId('thpt-quang-minh'), name: 'Trường THPT Quang Minh', classes: ['10A1', '11A3', '12A2'], born: 2009 }
	];
	const ids: string[] = [];
	for (let i = 0; i < 50; i++) {
		const sc = schools[i % 3]!;
		const story = STORIES[i % STORIES.length]!;
		const ofSchool = sc.id === demoId('thcs-quang-minh');
		const n = await s.scholarships.nominate(ofSchool ? school : chair, round.id, {
			pupilName: `${FAMILY[(i * 5) % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 3) % GIVEN.length]}`,
			birthYear: sc.born + (i % 3),
			schoolOrgId: sc.id,
			className: sc.classes[i % sc.classes.length]!,
			villageId: villages[i % villages.length]!.id,
			circumstances: story.text,
			claims: story.claims
		});
		ids.push(n.id);
	}
	await s.scholarships.closeNominations(chair, round.id);
	// two reviewers, independently; the school's reviewer steps aside once (a teacher's own child)
	const points = (i: number, who: number) => {
		const base = 55 + ((i * 37 + who * 11) % 41);
		return { poor_household: Math.min(25, Math.round(base / 4)), orphan: i % 5 === 1 || i % 5 === 4 ? 20 - who * 2 : 0, disability: i % 5 === 3 ? 12 : 0, distance: i % 5 === 2 ? 8 + who : i % 3, results: Math.min(20, Math.round(base / 5)), hardship: Math.min(10, 4 + ((i + who) % 7)) };
	};
	for (const [i, id] of ids.entries()) {
		await s.scholarships.review(commune, id, { scores: points(i, 0) });
		if (i === 7) await s.scholarships.review(school, id, { conflict: true, conflictReason: 'Là con của giáo viên chủ nhiệm lớp tôi phụ trách' });
		else await s.scholarships.review(school, id, { scores: points(i, 1) });
	}
	// the fifteen first at 1,500,000, then as many as fit at the round's 1,200,000
	const ranked = (await s.scholarships.round(chair, round.id)).nominations.filter((x) => x.rank !== null);
	for (const x of ranked.slice(0, 15)) await s.scholarships.approve(chair, x.id, { amount: 1_500_000 });
	await s.scholarships.approveInOrder(chair, round.id);
	await s.scholarships.decide(chair, round.id);
	await s.scholarships.pay(chair, round.id, { paidOn: today });
	return { roundId: round.id };
}
