/**
 * The demo's awards: a typical reward regulation for a commune association's fund and for a
 * clan's fund (marked as examples to adapt), the start-of-year awards proposed under them,
 * approved and paid through the funds' books (sized to what each fund holds), a few still waiting;
 * and an honour board of ten consented stories across the four communes, some linked to the
 * demo's news. Written through the services, so every act is checked and audited as in real use;
 * deterministic.
 */
import type { AuthContext } from '../../../platform/access';
import type { Services } from '../../../app';
import { AppError } from '../../../platform/errors';
import type { DemoFundKey } from '../../funds/demo/load';
import { demoId } from '../../places/demo/load';

const COMMUNE_RULES = [
	{ achievement: 'national_prize', level: 'first', amount: 3_000_000 },
	{ achievement: 'national_prize', level: 'second', amount: 2_000_000 },
	{ achievement: 'national_prize', level: 'third', amount: 1_500_000 },
	{ achievement: 'city_prize', level: 'first', amount: 1_000_000 },
	{ achievement: 'city_prize', level: 'second', amount: 700_000 },
	{ achievement: 'city_prize', level: 'third', amount: 500_000 },
	{ achievement: 'city_prize', level: 'consolation', amount: 300_000 },
	{ achievement: 'commune_prize', level: 'first', amount: 300_000 },
	{ achievement: 'valedictorian', level: 'none', label: 'Thủ khoa kỳ thi tuyển sinh vào lớp 10', amount: 1_000_000 },
	{ achievement: 'university_entrance', level: 'none', label: 'Đỗ đại học từ 27 điểm trở lên', amount: 1_000_000 }
] as const;

const CLAN_RULES = [
	{ achievement: 'university_entrance', level: 'none', label: 'Con cháu trong họ đỗ đại học', amount: 500_000 },
	{ achievement: 'valedictorian', level: 'none', label: 'Thủ khoa đỗ đại học', amount: 1_000_000 },
	{ achievement: 'city_prize', level: 'first', amount: 500_000 },
	{ achievement: 'excellent_pupil', level: 'none', label: 'Học sinh giỏi cả năm', amount: 200_000 },
	{ achievement: 'clan_rule', level: 'none', label: 'Bảo vệ thành công luận văn thạc sĩ, tiến sĩ', amount: 1_000_000 }
] as const;

/** Awards of the start of the school year: rule's index, name, what was achieved. */
const COMMUNE_AWARDS: [number, string, string][] = [
	[1, 'Em Nguyễn Minh Khôi', 'Giải Nhì Toán toàn quốc, lớp 12 Trường THPT Quang Minh'],
	[3, 'Em Trần Thị Ngọc Anh', 'Giải Nhất Ngữ văn cấp thành phố, lớp 9'],
	[4, 'Em Lê Đức Thịnh', 'Giải Nhì Vật lý cấp thành phố, lớp 9'],
	[5, 'Em Phạm Thu Trang', 'Giải Ba Tiếng Anh cấp thành phố, lớp 9'],
	[6, 'Em Hoàng Văn Long', 'Giải Khuyến khích Hóa học cấp thành phố'],
	[8, 'Em Đỗ Thị Hà My', 'Thủ khoa tuyển sinh lớp 10 của xã, 48,5 điểm'],
	[9, 'Em Vũ Quang Huy', 'Đỗ Đại học Bách khoa Hà Nội, 28,1 điểm'],
	[7, 'Em Bùi Thị Lan', 'Giải Nhất thi kể chuyện theo sách cấp xã']
];
const CLAN_AWARDS: [number, string, string][] = [
	[0, 'Nguyễn Văn Đạt', 'Đỗ Đại học Sư phạm Hà Nội'],
	[0, 'Nguyễn Thị Hồng', 'Đỗ Học viện Nông nghiệp Việt Nam'],
	[1, 'Nguyễn Đức Mạnh', 'Thủ khoa Đại học Y Hà Nội'],
	[2, 'Nguyễn Thu Hà', 'Giải Nhất Toán cấp thành phố, lớp 9'],
	[3, 'Nguyễn Văn Tùng', 'Học sinh giỏi năm lớp 7'],
	[3, 'Nguyễn Thị Thảo', 'Học sinh giỏi năm lớp 5'],
	[4, 'Nguyễn Văn Quý', 'Bảo vệ luận văn thạc sĩ Kinh tế']
];

interface Story {
	unit: string;
	year: number;
	title: string;
	person: string;
	minor?: string;
	story: string;
	news?: string;
}

const STORIES: Story[] = [
	{ unit: 'thon-bach-da', year: 2025, title: 'Gương điển hình học tập', person: 'Bà Nguyễn Thị Lành', story: 'Ở tuổi 72, bà theo học đủ tám buổi lớp kỹ năng số của Trung tâm học tập cộng đồng, nay tự gọi video cho con cháu, tra lịch khám bệnh và hướng dẫn lại cho các bạn già trong chi hội người cao tuổi.', news: 'qm-ba-lanh-hoc-dien-thoai-thong-minh' },
	{ unit: 'thon-noi-dong', year: 2025, title: 'Người tốt, việc tốt', person: 'Cô Phạm Thị Thanh Hương', story: 'Giáo viên tiếng Anh đã nghỉ hưu, ba năm nay cô dạy tiếng Anh giao tiếp miễn phí cho gần 40 học sinh trong thôn vào các tối cuối tuần tại nhà văn hóa.', news: 'qm-co-giao-ve-huu-day-tieng-anh' },
	{ unit: 'thon-dai-bai', year: 2026, title: 'Người tốt, việc tốt', person: 'Anh Nguyễn Văn Tâm', story: 'Bí thư chi đoàn thôn, anh cùng các bạn trẻ vận động được hơn 600 cuốn sách và tự tay đóng hai tủ sách cho góc đọc sách bên cổng nhà văn hóa thôn.', news: 'qm-duong-lang-goc-doc-sach-dai-bai' },
	{ unit: 'thon-tan-trung', year: 2025, title: 'Gương vượt khó học giỏi', person: 'Em Nguyễn Thu Hà', minor: 'Bà Trần Thị Huệ (mẹ)', story: 'Mồ côi cha từ nhỏ, hằng ngày phụ mẹ chăm vườn hoa, Hà vẫn tự học trong những khoảng thời gian ngắn và đạt giải Nhì học sinh giỏi môn Toán lớp 9.', news: 'ml-em-ha-vuot-kho-hoc-gioi' },
	{ unit: 'thon-binh-xuyen', year: 2026, title: 'Gia đình học tập tiêu biểu', person: 'Gia đình ông Lê Văn Thắng', story: 'Ba thế hệ cùng học: ông bà học kỹ năng số, con cái học thêm nghề, các cháu chăm đọc sách; mười năm liền được công nhận gia đình học tập.', news: 'ml-gia-dinh-ba-the-he-cung-hoc-binh-xuyen' },
	{ unit: 'thon-dam-xuyen', year: 2025, title: 'Dòng họ học tập tiêu biểu', person: 'Dòng họ Nguyễn Đình', story: 'Hơn 20 năm gìn giữ quỹ khuyến học dòng họ, từ khoản góp 200.000 đồng mỗi suất đinh nay đạt hơn 50 triệu đồng, mỗi năm trao khoảng 15 triệu đồng cho con cháu học giỏi, vượt khó.', news: 'yl-dong-ho-nguyen-dinh-quy-khuyen-hoc' },
	{ unit: 'thon-tu-khoat', year: 2026, title: 'Người tốt, việc tốt', person: 'Chị Trần Thị Mai', story: 'Chị gây dựng tủ sách cộng đồng với hơn 1.200 cuốn sách ngay tại hiên nhà mình, mở cửa cho các em nhỏ trong thôn đọc và mượn sách miễn phí mỗi chiều.' },
	{ unit: 'thon-dong-mac', year: 2026, title: 'Gương điển hình học tập', person: 'Anh Đỗ Văn Khải', story: 'Tự học qua các lớp khuyến nông và trên mạng, anh mạnh dạn áp dụng quy trình VietGAP cho ruộng rau của gia đình rồi mở lớp chia sẻ kinh nghiệm cho bà con trong thôn.' },
	{ unit: 'thon-ha-loi', year: 2026, title: 'Công dân học tập tiêu biểu', person: 'Ông Lê Văn Bình', story: 'Ở tuổi 65, ông hoàn thành khóa học an toàn thông tin trực tuyến và trở thành tuyên truyền viên phòng chống lừa đảo qua mạng của chi hội người cao tuổi thôn.' },
	{ unit: 'thon-yen-bai', year: 2026, title: 'Gương vượt khó học giỏi', person: 'Em Phạm Minh Đức', minor: 'Ông Phạm Văn Sơn (bố)', story: 'Nhà xa trường hơn tám cây số, em đạp xe đi học đều đặn suốt bốn năm trung học cơ sở, năm nào cũng là học sinh giỏi và đạt giải Ba môn Vật lý cấp thành phố.' }
];

/** Loads the demo's regulations, awards and honour board onto the demo funds (by their keys). */
export async function loadDemoAwards(s: Services, admin: AuthContext, funds: Record<DemoFundKey, string>): Promise<void> {
	const awardsOf = async (fundKey: DemoFundKey, title: string, rules: readonly { achievement: string; level: string; label?: string; amount: number }[], awards: [number, string, string][], note: string) => {
		const fundId = funds[fundKey];
		const reg = await s.rewards.publish(admin, fundId, { title, effectiveFrom: '2026-08-01', note, rules: rules.map((r) => ({ ...r })) }, { example: true });
		// what the fund can give this year: a third of what it holds, no more
		let room = Math.floor((await s.funds.get(admin, fundId)).balance / 3);
		const toPay: string[] = [];
		for (const [i, [rule, name, details]] of awards.entries()) {
			const p = await s.rewards.propose(admin, { ruleId: reg.rules[rule]!.id, personName: name, details, evidence: 'Bản sao giấy chứng nhận, giấy báo trúng tuyển do gia đình nộp', schoolYear: '2026-2027' });
			// the last one still waits for the association's decision
			if (i === awards.length - 1) continue;
			await s.rewards.decide(admin, p.id, { decision: 'approve' });
			if (p.amount <= room) {
				room -= p.amount;
				toPay.push(p.id);
			}
		}
		if (toPay.length) await s.rewards.pay(admin, { ids: toPay, paidOn: '2026-09-05' });
	};
	await awardsOf('hkh-quang-minh', 'Quy chế khen thưởng học sinh đạt thành tích cao (mẫu)', COMMUNE_RULES, COMMUNE_AWARDS, 'Quy chế mẫu theo mức thưởng phổ biến của Hội Khuyến học các xã; Ban chấp hành Hội điều chỉnh cho phù hợp với quỹ.');
	await awardsOf('ho-nguyen-dai-bai', 'Quy ước khuyến học của dòng họ Nguyễn thôn Đại Bái (mẫu)', CLAN_RULES, CLAN_AWARDS, 'Trao vào ngày giỗ tổ đầu năm học; con cháu nội, ngoại trong họ đều được xét.');

	for (const [i, st] of STORIES.entries()) {
		let newsId: string | null = null;
		if (st.news) {
			try {
				newsId = (await s.news.getPublished(demoId(`news:${st.news}`))).id;
			} catch (e) {
				if (!(e instanceof AppError)) throw e; // the demo without news: no link
			}
		}
		const n = await s.honours.nominate(admin, { unitId: demoId(st.unit), year: st.year, title: st.title, personName: st.person, isMinor: !!st.minor, story: st.story, evidence: 'Xác nhận của Ban công tác Mặt trận và chi hội khuyến học thôn', newsId });
		await s.honours.review(admin, n.id, { decision: 'approve' });
		await s.honours.recordConsent(admin, n.id, { method: i % 3 === 0 ? 'in_person' : 'paper', guardianName: st.minor ?? '' });
	}
	// approved but not consented (never shown), and one waiting for review
	const hidden = await s.honours.nominate(admin, { unitId: demoId('thon-thach-da'), year: 2026, title: 'Người tốt, việc tốt', personName: 'Ông Ngô Văn Lực', story: 'Ông nhặt được ví tiền có 12 triệu đồng và giấy tờ, đã tìm trả lại cho người đánh rơi.', evidence: 'Xác nhận của Công an xã' });
	await s.honours.review(admin, hidden.id, { decision: 'approve' });
	// dan.lan, when her record is in the demo: approved, waiting for her own consent on /account/honours
	const lan = await s.db.kysely.selectFrom('residents as r').innerJoin('accounts as a', 'a.id', 'r.account_id').select(['r.id', 'r.village_id']).where('a.login', '=', 'dan.lan').executeTakeFirst();
	if (lan) {
		const n = await s.honours.nominate(admin, { unitId: lan.village_id, year: 2026, title: 'Công dân học tập tiêu biểu', personName: 'Chị Nguyễn Thị Lan', residentId: lan.id, story: 'Chị hoàn thành cả hai khóa học trực tuyến về kỹ năng số và an toàn thông tin trên nền tảng, rồi hướng dẫn lại cho các chị em trong chi hội phụ nữ thôn.', evidence: 'Giấy chứng nhận hoàn thành khóa học và xác nhận của chi hội phụ nữ' });
		await s.honours.review(admin, n.id, { decision: 'approve' });
	}
	await s.honours.nominate(admin, { unitId: demoId('thon-van-loi'), year: 2026, title: 'Gương điển hình học tập', personName: 'Chị Đặng Thị Hoa', story: 'Sau giờ làm ở xưởng may, chị theo học lớp tin học văn phòng buổi tối và nay hướng dẫn lại cho các chị em trong tổ.', evidence: 'Xác nhận của Trung tâm học tập cộng đồng' });
}
