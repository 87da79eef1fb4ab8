/**
 * The best-known criteria of the five learning titles, seeded as version 1 of each set and marked
 * unconfirmed (DOMAIN.md §3: the 2022 texts and the pass marks are not known here). Administrators
 * add a new version in the console when the official text is at hand.
 */
import type { CriteriaSetInput } from '../criteria/criteria.schemas';
import { dec, doc, rec } from '../criteria/criteria.rules';

type Seed = { kind: 'family' | 'clan' | 'community' | 'unit' | 'citizen'; set: Omit<CriteriaSetInput, 'year'> };

export const TITLE_CRITERIA_SEEDS: Seed[] = [
	{
		kind: 'family',
		set: {
			name: 'Tiêu chí Gia đình học tập',
			basis: 'QĐ 448/QĐ-KHVN (2015), sửa đổi 2022 — chưa được xác nhận',
			passMark: 80,
			sections: [
				{
					key: 'children',
					title: 'Việc học của trẻ em trong gia đình',
					criteria: [
						dec('children_attend', 'Trẻ em trong độ tuổi đi học đều được đến trường, hoàn thành phổ cập giáo dục', 10),
						dec('children_results', 'Kết quả học tập của các cháu đạt từ trung bình trở lên', 10),
						dec('children_conduct', 'Các cháu có hạnh kiểm tốt, chăm ngoan, lễ phép', 10)
					]
				},
				{
					key: 'adults',
					title: 'Việc học của người lớn trong gia đình',
					criteria: [
						dec('adults_literate', 'Người lớn trong độ tuổi đều biết chữ', 5),
						rec('adults_learning', 'Người lớn tham gia ít nhất một nội dung học tập trong năm (lớp học, học trực tuyến)', 15, 'active_learners', 2),
						rec('adults_hours', 'Tổng số giờ học tại Trung tâm học tập cộng đồng và các lớp trong năm', 10, 'class_hours', 20)
					]
				},
				{
					key: 'conditions',
					title: 'Điều kiện học tập của gia đình',
					criteria: [dec('conditions_place', 'Có góc học tập, tủ sách gia đình, có điện thoại hoặc máy tính kết nối mạng để học', 10), rec('conditions_online', 'Thành viên học trực tuyến, hoàn thành khoá học trên nền tảng', 10, 'online_completions', 1)]
				},
				{
					key: 'effect',
					title: 'Hiệu quả của việc học tập',
					criteria: [rec('effect_certificates', 'Thành viên có giấy chứng nhận hoàn thành khoá học trong năm', 10, 'certificates', 1), dec('effect_life', 'Gia đình áp dụng kiến thức vào làm ăn, đời sống; giữ gìn nếp nhà văn hoá', 10)]
				}
			]
		}
	},
	{
		kind: 'citizen',
		set: {
			name: 'Tiêu chí Công dân học tập',
			basis: 'QĐ 324/QĐ-KHVN: 3 năng lực, 10 tiêu chí, 100 điểm — chưa được xác nhận',
			passMark: 50,
			sections: [
				{
					key: 'self_learning',
					title: 'Năng lực tự học',
					criteria: [
						dec('goal', 'Xác định được mục tiêu, kế hoạch học tập của bản thân', 10, 'Ông bà, anh chị có biết mình muốn học gì trong năm nay không?'),
						rec('attend', 'Tham gia các lớp học, buổi sinh hoạt học tập tại cộng đồng', 10, 'class_sessions', 4, 'Ông bà, anh chị có đi học các lớp ở thôn, ở xã không?'),
						rec('hours', 'Dành thời gian học tập thường xuyên', 10, 'class_hours', 10, 'Ông bà, anh chị học được bao nhiêu giờ trong năm?'),
						dec('reading', 'Đọc sách, báo, tìm hiểu thông tin để nâng cao hiểu biết', 10, 'Ông bà, anh chị có đọc sách, báo, nghe đài để biết thêm không?')
					]
				},
				{
					key: 'digital',
					title: 'Năng lực ứng dụng công nghệ thông tin',
					criteria: [
						dec('device', 'Sử dụng được điện thoại thông minh hoặc máy tính để tìm thông tin, liên lạc', 10, 'Ông bà, anh chị có dùng được điện thoại để gọi video, tìm tin không?'),
						rec('online', 'Học trực tuyến, hoàn thành khoá học trên nền tảng số', 10, 'online_completions', 1, 'Ông bà, anh chị đã học xong khoá học nào trên mạng chưa?'),
						dec('safe', 'Sử dụng mạng an toàn, không chia sẻ tin giả', 10, 'Ông bà, anh chị có biết cách tránh tin giả, lừa đảo trên mạng không?')
					]
				},
				{
					key: 'creative',
					title: 'Năng lực sáng tạo',
					criteria: [
						rec('certificate', 'Có kết quả học tập được ghi nhận (giấy chứng nhận)', 10, 'certificates', 1, 'Ông bà, anh chị có giấy chứng nhận học xong lớp nào không?'),
						dec('apply', 'Vận dụng điều đã học vào công việc, sản xuất, đời sống', 10, 'Điều học được có giúp ích cho việc nhà, việc làm không?'),
						dec('share', 'Chia sẻ, giúp đỡ người khác cùng học', 10, 'Ông bà, anh chị có rủ người khác cùng đi học, chỉ cho con cháu không?')
					]
				}
			]
		}
	},
	{
		kind: 'clan',
		set: {
			name: 'Tiêu chí Dòng họ học tập',
			basis: 'Hội Khuyến học Việt Nam — chưa được xác nhận',
			passMark: 80,
			sections: [
				{ key: 'families', title: 'Gia đình học tập trong dòng họ', criteria: [dec('families_share', 'Từ 70 % số hộ trong dòng họ đạt Gia đình học tập', 30), rec('members_learning', 'Thành viên dòng họ tham gia học tập trong năm', 10, 'active_learners', 20)] },
				{ key: 'promotion', title: 'Khuyến học, khuyến tài', criteria: [doc('fund', 'Có quỹ khuyến học của dòng họ, quy chế khen thưởng và sổ thu chi', 20), dec('rewards', 'Khen thưởng con cháu học giỏi, giúp đỡ con cháu khó khăn', 20)] },
				{ key: 'culture', title: 'Nếp học và văn hoá dòng họ', criteria: [dec('tradition', 'Giữ gìn truyền thống hiếu học, không có con cháu bỏ học', 20)] }
			]
		}
	},
	{
		kind: 'community',
		set: {
			name: 'Tiêu chí Cộng đồng học tập cấp thôn, tổ dân phố',
			basis: 'Hội Khuyến học Việt Nam — chưa được xác nhận',
			passMark: 80,
			sections: [
				{ key: 'families', title: 'Gia đình, dòng họ học tập', criteria: [dec('families_share', 'Từ 70 % số hộ đạt Gia đình học tập, từ 65 % dòng họ đạt Dòng họ học tập', 40)] },
				{ key: 'activities', title: 'Hoạt động học tập ở thôn', criteria: [rec('learners_share', 'Tỷ lệ người lớn tham gia học tập trong năm (%)', 20, 'active_learner_share', 40), dec('bookshelf', 'Có tủ sách cộng đồng, nơi sinh hoạt học tập', 10)] },
				{ key: 'effect', title: 'Hiệu quả', criteria: [doc('culture', 'Thôn đạt danh hiệu văn hoá, không có trẻ bỏ học', 30)] }
			]
		}
	},
	{
		kind: 'unit',
		set: {
			name: 'Tiêu chí Đơn vị học tập (đơn vị do xã quản lý)',
			basis: 'Hội Khuyến học Việt Nam — chưa được xác nhận',
			passMark: 80,
			sections: [
				{ key: 'people', title: 'Cán bộ, người lao động học tập', criteria: [dec('citizens_share', 'Từ 80 % cán bộ, người lao động đạt Công dân học tập', 40)] },
				{ key: 'conditions', title: 'Điều kiện học tập', criteria: [doc('plan', 'Có kế hoạch bồi dưỡng, tạo điều kiện về thời gian và kinh phí cho người học', 30)] },
				{ key: 'effect', title: 'Hiệu quả', criteria: [dec('results', 'Hoàn thành nhiệm vụ năm; người học áp dụng vào công việc', 30)] }
			]
		}
	}
];
