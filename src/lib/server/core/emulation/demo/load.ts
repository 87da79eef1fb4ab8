/**
 * The demo's schools' emulation: last school year's round finished in each of the four communes
 * (every school self-scored, reviewed by the education office, ranked, awarded), this school
 * year's round open in Quang Minh with nothing scored yet (for thcs.quangminh to try), and a few
 * joint school–centre activities in each commune, recorded by the school's or the centre's staff.
 * Written through the service (a few dozen rows), then dated back inside the school year.
 */
import type { Services } from '../../../app';
import { todayVn } from '../../../platform/clock';
import { demoId } from '../../places/demo/load';

const COMMUNES = ['xa-quang-minh', 'xa-me-linh', 'xa-yen-lang', 'xa-tien-thang'];
const ACTIVITIES: [string, string, number][] = [
	['Ngày hội đọc sách trong Tuần lễ học tập suốt đời', '10-03', 180],
	['Chuyên đề "An toàn trên mạng" cho học sinh và cha mẹ', '11-15', 95],
	['Lớp tin học cơ bản cho phụ huynh tại Trung tâm học tập cộng đồng', '03-22', 40]
];

/** A stable draw in [0, 1) from a string. */
function draw(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return ((h >>> 0) % 10_000) / 10_000;
}

export async function loadDemoEmulation(s: Services): Promise<{ rounds: number; scores: number; activities: number }> {
	const k = s.db.kysely;
	const today = todayVn(s.clock);
	const current = Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
	const last = current - 1;
	const office = await s.accounts.commandLineAuth('giaoduc.hanoi');
	const admin = await s.accounts.commandLineAuth('admin');
	let rounds = 0;
	let scores = 0;
	for (const c of COMMUNES) {
		const round = await s.emulation.openRound(office, { unitId: demoId(c), schoolYear: last });
		rounds++;
		const { ranking, criteriaSet } = await s.emulation.getRound(office, round.id);
		let n = 0;
		for (const row of ranking) {
			const items: Record<string, { points: number; note: string | null }> = {};
			for (const sec of criteriaSet.sections)
				for (const cr of sec.criteria) items[cr.key] = { points: cr.points - Math.floor(draw(`${row.schoolOrgId}:${cr.key}`) * cr.points * 0.35), note: cr.evidence === 'document' ? 'Hồ sơ minh chứng lưu tại văn phòng nhà trường' : null };
			await s.emulation.selfScore(admin, round.id, row.schoolOrgId, { items });
			// the office takes a point or two off where the papers fall short
			const cut: typeof items = {};
			for (const [key, v] of Object.entries(items)) if (draw(`review:${row.schoolOrgId}:${key}`) < 0.25 && v.points > 1) cut[key] = { points: v.points - 2, note: 'Minh chứng chưa đầy đủ' };
			const reviewed = await s.emulation.review(office, round.id, row.schoolOrgId, { items: cut, comment: 'Đã đối chiếu hồ sơ minh chứng của nhà trường.' });
			const title = reviewed.reviewedTotal! >= 90 ? 'Xuất sắc' : reviewed.reviewedTotal! >= 70 ? 'Tốt' : 'Hoàn thành';
			await s.emulation.award(office, round.id, row.schoolOrgId, { title, note: null });
			// dated back inside the school year: submitted in May, reviewed and awarded in June
			const day = String(10 + n++).padStart(2, '0');
			await k.updateTable('emulation_scores').set({ submitted_at: `${last + 1}-05-${day}T02:00:00.000Z`, reviewed_at: `${last + 1}-06-05T02:00:00.000Z`, awarded_at: `${last + 1}-06-20T02:00:00.000Z` }).where('id', '=', reviewed.id).execute();
			scores++;
		}
		await s.emulation.closeRound(office, round.id);
		await k.updateTable('emulation_rounds').set({ created_at: `${last}-09-15T02:00:00.000Z` }).where('id', '=', round.id).execute();
	}
	await s.emulation.openRound(office, { unitId: demoId('xa-quang-minh'), schoolYear: current });
	rounds++;

	// joint activities: the commune's secondary school with its learning centre, last year and this
	const school = await s.accounts.commandLineAuth('thcs.quangminh');
	const centre = await s.accounts.commandLineAuth('tienthang.ttht');
	const pairs: [string, string, typeof admin][] = [
		['thcs-quang-minh', 'ttht-quang-minh', school],
		['thcs-trang-viet', 'ttht-me-linh', admin],
		['thcs-chu-phan', 'ttht-yen-lang', admin],
		['thcs-tien-thang', 'ttht-tien-thang', centre]
	];
	let activities = 0;
	for (const [sch, cen, by] of pairs)
		for (const [title, md, participants] of ACTIVITIES) {
			const y = md >= '08' ? last : last + 1;
			await s.emulation.activities.record(by, { heldOn: `${y}-${md}`, title, schoolOrgId: demoId(sch), centreOrgId: demoId(cen), participants, note: null });
			activities++;
		}
	await s.emulation.activities.record(school, { heldOn: `${current}-10-03`, title: ACTIVITIES[0]![0], schoolOrgId: demoId('thcs-quang-minh'), centreOrgId: demoId('ttht-quang-minh'), participants: 210, note: 'Khai mạc Tuần lễ học tập suốt đời tại sân trường' });
	activities++;
	return { rounds, scores, activities };
}
