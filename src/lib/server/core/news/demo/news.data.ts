/**
 * Demo news desk for the four communes that replaced former Huyện Mê Linh (Quang Minh, Mê Linh,
 * Yên Lãng, Tiến Thắng) and for the platform as a whole. Pure data, no I/O.
 *
 * ILLUSTRATIVE: every person, figure, amount, date, class, fund and event below is invented for the
 * demo (village names follow places/demo/me-linh.data.ts). Only the programme itself is real: the
 * Lifelong Learning Week (1–7 October each year), Mê Linh's 2022 theme, the learning-society titles
 * and the community learning centres (see DOMAIN.md §1–5). Children are named by first name and age
 * only. Bodies are Markdown without raw HTML.
 */

export type DemoNewsKind = 'news' | 'announcement' | 'story';

export interface DemoNews {
	key: string;
	kind: DemoNewsKind;
	title: string;
	summary: string;
	body: string;
	scope: 'platform' | 'xa-quang-minh' | 'xa-me-linh' | 'xa-yen-lang' | 'xa-tien-thang';
	publishedAt: string;
	status: 'published' | 'draft' | 'archived';
}

/** Markdown blocks (paragraphs, headings, lists) separated by a blank line. */
function md(...blocks: string[]): string {
	return blocks.join('\n\n');
}

/** A Markdown bullet list. */
function ul(...items: string[]): string {
	return items.map((item) => `- ${item}`).join('\n');
}

export const DEMO_NEWS: DemoNews[] = [
	// ——— toàn nền tảng ———
	{
		key: 'ra-mat-nen-tang-suot-doi',
		kind: 'news',
		title:
			'Ra mắt nền tảng Suốt Đời: không gian học tập chung cho người dân bốn xã Quang Minh, Mê Linh, Yên Lãng và Tiến Thắng',
		summary:
			'Từ giữa tháng 9/2025, người dân bốn xã có thể tra cứu lớp học, đăng ký tham gia, theo dõi quỹ khuyến học và tự đánh giá các danh hiệu học tập trên cùng một nền tảng trực tuyến.',
		body: md(
			'Sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, địa bàn huyện Mê Linh trước đây nay thuộc bốn xã Quang Minh, Mê Linh, Yên Lãng và Tiến Thắng. Để phong trào xây dựng xã hội học tập không bị gián đoạn, Trung tâm học tập cộng đồng và Hội Khuyến học của bốn xã đã thống nhất đưa vào sử dụng nền tảng **Suốt Đời**.',
			'## Người dân làm được gì trên nền tảng',
			ul(
				'Xem lịch các lớp học tại Trung tâm học tập cộng đồng và đăng ký trực tuyến;',
				'Đọc tin tức, thông báo của xã và thôn nơi mình sinh sống;',
				'Theo dõi công khai các khoản tiếp nhận, chi trả của quỹ khuyến học;',
				'Tự đánh giá theo bộ tiêu chí Công dân học tập, đăng ký danh hiệu Gia đình học tập, Dòng họ học tập.'
			),
			'## Dễ dùng với mọi lứa tuổi',
			'Giao diện được thiết kế chữ to, thao tác đơn giản, phù hợp cả với người cao tuổi. Người chưa quen dùng điện thoại có thể nhờ cán bộ thôn hoặc tình nguyện viên tại nhà văn hóa hỗ trợ đăng ký. Thông tin cá nhân chỉ được thu thập khi thật cần thiết và khi người dân đồng ý.',
			'Mọi ý kiến góp ý xin gửi về Trung tâm học tập cộng đồng xã nơi cư trú. Thông tin về chủ trương xây dựng xã hội học tập của Thành phố được đăng tải tại [Cổng thông tin điện tử Hà Nội](https://hanoi.gov.vn).'
		),
		scope: 'platform',
		publishedAt: '2025-09-15T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'lich-tuan-le-hoc-tap-suot-doi-2025',
		kind: 'announcement',
		title: 'Thông báo lịch hoạt động Tuần lễ hưởng ứng học tập suốt đời năm 2025 tại bốn xã',
		summary:
			'Tuần lễ diễn ra từ ngày 1 đến 7/10/2025 với lễ khai mạc, ngày hội đọc sách, lớp trải nghiệm kỹ năng số và hoạt động biểu dương gương học tập tại cả bốn xã.',
		body: md(
			'Thực hiện kế hoạch của Thành phố về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025, Trung tâm học tập cộng đồng và Hội Khuyến học các xã Quang Minh, Mê Linh, Yên Lãng, Tiến Thắng trân trọng thông báo lịch hoạt động chính như sau.',
			'## Lịch hoạt động chung',
			ul(
				'**Thứ Tư, 1/10/2025:** lễ khai mạc đồng loạt tại hội trường Ủy ban nhân dân bốn xã, bắt đầu lúc 7 giờ 30;',
				'Từ 2/10 đến 5/10: ngày hội đọc sách, trưng bày sách tại nhà văn hóa các thôn và trường học;',
				'Thứ Bảy, 4/10: lớp trải nghiệm kỹ năng số cho người cao tuổi và phụ huynh học sinh;',
				'Thứ Ba, 7/10: tổng kết, biểu dương gia đình học tập, dòng họ học tập tiêu biểu.'
			),
			'## Đăng ký tham gia',
			'Người dân đăng ký tham gia trực tiếp trên nền tảng Suốt Đời (mục Sự kiện) hoặc tại bộ phận văn hóa – xã hội của Ủy ban nhân dân xã trước ngày 29/9/2025. Một số hoạt động có số chỗ hạn chế, ưu tiên người đăng ký sớm.',
			'Đề nghị các cơ quan, trường học và doanh nghiệp trên địa bàn tạo điều kiện để cán bộ, người lao động tham gia. Văn bản hướng dẫn của ngành giáo dục được đăng tại [Cổng thông tin Bộ Giáo dục và Đào tạo](https://moet.gov.vn).'
		),
		scope: 'platform',
		publishedAt: '2025-09-22T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'khai-mac-tuan-le-2025-bon-xa',
		kind: 'news',
		title:
			'Học tập suốt đời trong thời đại số: bốn xã đồng loạt khai mạc Tuần lễ hưởng ứng năm 2025',
		summary:
			'Sáng 1/10/2025, bốn xã Quang Minh, Mê Linh, Yên Lãng và Tiến Thắng đồng loạt khai mạc Tuần lễ hưởng ứng học tập suốt đời, tiếp nối định hướng đẩy mạnh chuyển đổi số phục vụ người học.',
		body: md(
			'Sáng ngày 1/10/2025, lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2025 đã diễn ra đồng loạt tại bốn xã trên địa bàn huyện Mê Linh cũ. Đây là năm đầu tiên Tuần lễ được tổ chức sau khi sắp xếp đơn vị hành chính, khi các xã trực tiếp chỉ đạo Trung tâm học tập cộng đồng của mình.',
			'## Tiếp nối định hướng chuyển đổi số',
			'Năm 2022, Mê Linh đã chọn chủ đề *"Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch COVID-19"*. Ba năm sau, tinh thần ấy vẫn được giữ vững: các xã tiếp tục hướng dẫn người dân tự học qua nền tảng số, sử dụng mạng xã hội văn minh, an toàn.',
			'## Nhiều hoạt động thiết thực',
			ul(
				'Trưng bày hơn 3.000 cuốn sách do người dân và nhà trường quyên góp;',
				'Hướng dẫn cài đặt, sử dụng ứng dụng dịch vụ công và các nền tảng học tập trực tuyến;',
				'Giới thiệu các lớp học của Trung tâm học tập cộng đồng trong năm 2025–2026.'
			),
			'Phát biểu tại lễ khai mạc ở xã Yên Lãng, đại diện Hội Khuyến học xã nhấn mạnh: học tập không chỉ dành cho học sinh, mà là nhu cầu của mỗi người ở mọi lứa tuổi. Người dân có thể tìm hiểu thêm các bài học phổ cập kỹ năng số tại [Bình dân học vụ số](https://binhdanhocvuso.gov.vn).'
		),
		scope: 'platform',
		publishedAt: '2025-10-01T09:00:00.000Z',
		status: 'published'
	},
	{
		key: 'tong-ket-tuan-le-2025',
		kind: 'news',
		title: 'Tổng kết Tuần lễ hưởng ứng học tập suốt đời năm 2025: hơn 6.000 lượt người dân tham gia',
		summary:
			'Sau bảy ngày, bốn xã ghi nhận hơn 6.000 lượt người tham gia, gần 900 người cao tuổi được hướng dẫn kỹ năng số và 12 tủ sách cộng đồng được bổ sung sách mới.',
		body: md(
			'Chiều 7/10/2025, Trung tâm học tập cộng đồng bốn xã đã tổng hợp kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2025. Theo số liệu ghi nhận trên nền tảng Suốt Đời và sổ điểm danh tại các điểm tổ chức, tổng cộng có **6.248 lượt người** tham gia các hoạt động.',
			'## Kết quả nổi bật',
			ul(
				'Xã Quang Minh: 1.720 lượt người, 260 người cao tuổi được hướng dẫn sử dụng điện thoại thông minh;',
				'Xã Mê Linh: 1.385 lượt người, 4 tủ sách cộng đồng được bổ sung sách mới;',
				'Xã Yên Lãng: 1.893 lượt người, tổ chức ngày hội đọc sách tại 6 trường học;',
				'Xã Tiến Thắng: 1.250 lượt người, 3 lớp kỹ thuật nông nghiệp được mở ngay trong Tuần lễ.'
			),
			'Quỹ khuyến học của bốn xã tiếp nhận thêm 386.500.000 đồng từ các tập thể, cá nhân và dòng họ. Toàn bộ danh sách ủng hộ được công khai trên nền tảng và niêm yết tại trụ sở Ủy ban nhân dân xã.',
			'## Những việc cần làm tiếp',
			'Các xã thống nhất duy trì lịch học thường xuyên tại Trung tâm học tập cộng đồng, khảo sát nhu cầu học tập của người dân để xây dựng kế hoạch năm 2026, đồng thời tiếp tục vận động các gia đình, dòng họ đăng ký danh hiệu học tập trước ngày 25/11 hằng năm.'
		),
		scope: 'platform',
		publishedAt: '2025-10-09T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'huong-dan-tu-danh-gia-cong-dan-hoc-tap-2026',
		kind: 'announcement',
		title: 'Hướng dẫn tự đánh giá danh hiệu Công dân học tập năm 2026 trên nền tảng Suốt Đời',
		summary:
			'Từ tháng 1/2026, cán bộ, người lao động và người dân có thể tự đánh giá theo bộ tiêu chí Công dân học tập ngay trên nền tảng, có hướng dẫn từng bước và người hỗ trợ tại Trung tâm học tập cộng đồng.',
		body: md(
			'Nhiều người dân phản ánh việc tự đánh giá Công dân học tập còn khó, nhất là với người lớn tuổi. Từ năm 2026, nền tảng Suốt Đời bổ sung chức năng tự đánh giá có hướng dẫn chi tiết cho từng tiêu chí.',
			'## Bộ tiêu chí',
			'Bộ tiêu chí do Hội Khuyến học Việt Nam ban hành gồm **3 nhóm năng lực, 10 tiêu chí, thang điểm 100**. Mỗi tiêu chí có phần giải thích và ví dụ minh họa để người dân dễ hiểu, dễ chấm.',
			'## Các bước thực hiện',
			ul(
				'Đăng nhập nền tảng bằng số điện thoại hoặc tài khoản do Trung tâm học tập cộng đồng cấp;',
				'Chọn mục "Công dân học tập", đọc kỹ hướng dẫn của từng tiêu chí;',
				'Tự chấm điểm, đính kèm minh chứng nếu có (giấy chứng nhận, ảnh lớp học…);',
				'Gửi kết quả để chi hội khuyến học thôn xem xét, xác nhận.'
			),
			'Thời gian tự đánh giá năm 2026: từ ngày 5/1 đến hết ngày 30/9/2026. Kết quả được lưu trong hồ sơ học tập của mỗi người; nền tảng chỉ công khai số liệu tổng hợp, không công khai điểm của cá nhân.',
			'Người dân cần hỗ trợ xin liên hệ cán bộ Trung tâm học tập cộng đồng xã vào giờ hành chính. Tham khảo thêm tại [congdanhoctap.vn](https://congdanhoctap.vn).'
		),
		scope: 'platform',
		publishedAt: '2026-01-05T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ngay-sach-van-hoa-doc-2026',
		kind: 'news',
		title: 'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam: 45 điểm đọc sách mở cửa miễn phí tại bốn xã',
		summary:
			'Nhân ngày 21/4/2026, các tủ sách cộng đồng, thư viện trường học và nhà văn hóa thôn đồng loạt mở cửa, tổ chức kể chuyện theo sách, trao đổi sách cũ và giới thiệu sách hay.',
		body: md(
			'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, trong tuần từ 18 đến 25/4/2026, bốn xã Quang Minh, Mê Linh, Yên Lãng và Tiến Thắng tổ chức nhiều hoạt động khuyến khích người dân, nhất là thiếu nhi, đọc sách.',
			'## Các hoạt động chính',
			ul(
				'45 điểm đọc sách (tủ sách cộng đồng, thư viện trường học, nhà văn hóa) mở cửa miễn phí cả ngày thứ Bảy và Chủ nhật;',
				'Chương trình "Đổi sách cũ, lấy sách hay" dành cho học sinh;',
				'Buổi kể chuyện theo sách cho thiếu nhi vào sáng Chủ nhật tại các thôn;',
				'Giới thiệu tủ sách số trên nền tảng Suốt Đời, với hơn 300 đầu sách và tài liệu có thể đọc miễn phí.'
			),
			'## Đọc sách để học suốt đời',
			'Theo cán bộ Trung tâm học tập cộng đồng xã Tiến Thắng, nhiều bà con nông dân tìm đến tủ sách để đọc tài liệu về kỹ thuật trồng trọt, chăn nuôi, pháp luật và chăm sóc sức khỏe. "Sách không chỉ dành cho các cháu học sinh, mà còn là người thầy của cả người lớn", chị chia sẻ.',
			'Danh sách các điểm đọc sách và giờ mở cửa được cập nhật trên nền tảng Suốt Đời. Thông tin về chương trình phát triển văn hóa đọc được đăng tại [Cổng thông tin Bộ Văn hóa, Thể thao và Du lịch](https://bvhttdl.gov.vn).'
		),
		scope: 'platform',
		publishedAt: '2026-04-20T01:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ke-hoach-tuan-le-hoc-tap-suot-doi-2026',
		kind: 'announcement',
		title: 'Thông báo kế hoạch Tuần lễ hưởng ứng học tập suốt đời năm 2026 (từ 1 đến 7/10/2026)',
		summary:
			'Tuần lễ năm 2026 tập trung vào kỹ năng số an toàn, văn hóa đọc và tôn vinh các gia đình, dòng họ học tập; người dân đăng ký hoạt động trên nền tảng trước ngày 28/9/2026.',
		body: md(
			'Tiếp nối kết quả năm 2025, Trung tâm học tập cộng đồng và Hội Khuyến học bốn xã thông báo kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026, diễn ra **từ thứ Năm 1/10 đến thứ Tư 7/10/2026**.',
			'## Nội dung trọng tâm',
			ul(
				'Kỹ năng số an toàn: nhận diện lừa đảo qua mạng, bảo vệ thông tin cá nhân, dùng dịch vụ công trực tuyến;',
				'Văn hóa đọc: ra mắt thêm tủ sách cộng đồng, ngày hội đọc sách tại các trường;',
				'Học tập trong gia đình: biểu dương gia đình học tập, dòng họ học tập, công dân học tập tiêu biểu;',
				'Giới thiệu chương trình học năm 2026–2027 của Trung tâm học tập cộng đồng các xã.'
			),
			'## Đăng ký và liên hệ',
			'Người dân, cơ quan, trường học đăng ký tham gia trên nền tảng Suốt Đời, mục Sự kiện, **trước ngày 28/9/2026**. Lịch cụ thể tại từng xã sẽ được đăng trong mục tin của xã.',
			'Mọi thắc mắc xin liên hệ cán bộ Trung tâm học tập cộng đồng xã hoặc bộ phận văn hóa – xã hội của Ủy ban nhân dân xã trong giờ hành chính. Thông tin chung của Thành phố được đăng tại [Cổng thông tin điện tử Hà Nội](https://hanoi.gov.vn).'
		),
		scope: 'platform',
		publishedAt: '2026-09-14T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'guong-hoc-tap-tieu-bieu-2026',
		kind: 'story',
		title: 'Những tấm gương học tập tiêu biểu năm 2026 từ bốn xã Quang Minh, Mê Linh, Yên Lãng, Tiến Thắng',
		summary:
			'Tổng hợp những câu chuyện học tập đáng nhớ trong năm 2026: từ cụ bà ngoài bảy mươi tuổi tự tin dùng điện thoại thông minh đến dòng họ bền bỉ gây dựng quỹ khuyến học.',
		body: md(
			'Khép lại năm 2026, nền tảng Suốt Đời tổng hợp một số tấm gương học tập tiêu biểu được các xã đề xuất biểu dương. Mỗi câu chuyện là một minh chứng rằng việc học không có tuổi và không có điểm dừng.',
			'## Những gương mặt tiêu biểu',
			ul(
				'**Bà Nguyễn Thị Lành** (thôn Bạch Đa, xã Quang Minh): học dùng điện thoại thông minh ở tuổi 72, nay hướng dẫn lại cho các bạn già trong chi hội;',
				'**Dòng họ Nguyễn Đình** (thôn Đạm Xuyên, xã Yên Lãng): duy trì quỹ khuyến học dòng họ hơn 20 năm;',
				'**Chị Trần Thị Mai** (thôn Tự Khoát, xã Tiến Thắng): gây dựng tủ sách cộng đồng với hơn 1.200 cuốn sách;',
				'**Anh Đỗ Văn Khải** (thôn Đông Mạc, xã Tiến Thắng): mạnh dạn áp dụng quy trình VietGAP, chia sẻ kinh nghiệm cho bà con.'
			),
			'## Lan tỏa tinh thần học tập',
			'Các xã sẽ tiếp tục phát hiện, nhân rộng các mô hình hay, gương người tốt việc tốt trong học tập. Người dân có thể đề xuất tấm gương ở thôn mình qua mục Đề cử trên nền tảng Suốt Đời.',
			'*Bài viết đang được biên tập, số liệu sẽ được cập nhật sau khi các xã hoàn thành tổng kết năm.*'
		),
		scope: 'platform',
		publishedAt: '2026-11-24T02:00:00.000Z',
		status: 'draft'
	},

	// ——— xã Quang Minh ———
	{
		key: 'qm-trao-hoc-bong-dau-nam-2025',
		kind: 'news',
		title: 'Quỹ khuyến học xã Quang Minh trao 126 suất học bổng cho học sinh vượt khó đầu năm học 2025–2026',
		summary:
			'Trong dịp khai giảng, Hội Khuyến học xã Quang Minh trao 126 suất học bổng, mỗi suất từ 1.000.000 đến 2.000.000 đồng, cho học sinh có hoàn cảnh khó khăn và học sinh đạt thành tích cao.',
		body: md(
			'Sáng 6/9/2025, tại hội trường Ủy ban nhân dân xã Quang Minh, Hội Khuyến học xã tổ chức lễ trao học bổng đầu năm học 2025–2026. Đây là lần trao thưởng đầu tiên kể từ khi xã Quang Minh mới đi vào hoạt động.',
			'## 126 suất học bổng',
			ul(
				'86 suất dành cho học sinh nghèo, cận nghèo vượt khó học tốt, mỗi suất 1.000.000 đồng;',
				'28 suất cho học sinh đạt giải học sinh giỏi cấp thành phố, mỗi suất 1.500.000 đồng;',
				'12 suất cho học sinh mồ côi, mỗi suất 2.000.000 đồng kèm sách vở, đồ dùng học tập.'
			),
			'Tổng kinh phí trao tặng là **152.000.000 đồng**, được trích từ quỹ khuyến học xã và sự ủng hộ của các doanh nghiệp trong khu công nghiệp Quang Minh, các chi hội khuyến học thôn, tổ dân phố.',
			'## Công khai, minh bạch',
			'Theo Hội Khuyến học xã, danh sách học sinh được đề xuất từ các nhà trường và chi hội thôn, được Ban Chấp hành Hội xét duyệt công khai. Danh sách được niêm yết tại trụ sở xã; trên nền tảng Suốt Đời chỉ công bố số suất và tổng số tiền, không công bố thông tin riêng của các em.',
			'Tập thể, cá nhân muốn ủng hộ quỹ khuyến học xã Quang Minh xin liên hệ văn phòng Hội Khuyến học xã, tầng 1 trụ sở Ủy ban nhân dân xã, hoặc đăng ký ủng hộ trực tuyến trên nền tảng.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2025-09-08T02:30:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-lop-ky-nang-so-nguoi-cao-tuoi-2025',
		kind: 'announcement',
		title: 'Kỹ năng số cho người cao tuổi: mở lớp miễn phí tại Trung tâm học tập cộng đồng xã Quang Minh',
		summary:
			'Trung tâm học tập cộng đồng xã Quang Minh mở 2 lớp kỹ năng số miễn phí cho người từ 60 tuổi trở lên, học từ ngày 14/10/2025; nhận đăng ký đến hết ngày 10/10/2025.',
		body: md(
			'Nhằm giúp người cao tuổi sử dụng điện thoại thông minh an toàn, thuận tiện trong cuộc sống hằng ngày, Trung tâm học tập cộng đồng xã Quang Minh thông báo mở lớp **Kỹ năng số cho người cao tuổi** như sau.',
			'## Nội dung học',
			ul(
				'Làm quen với điện thoại thông minh: gọi điện, nhắn tin, gọi video cho con cháu;',
				'Cài đặt và sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến;',
				'Nhận biết tin nhắn, cuộc gọi lừa đảo; giữ bí mật mật khẩu, mã OTP;',
				'Tìm kiếm thông tin về sức khỏe, thời tiết, tin tức địa phương.'
			),
			'## Thời gian, địa điểm',
			ul(
				'Lớp 1: nhà văn hóa thôn Nội Đồng, sáng thứ Ba và thứ Năm, từ 8 giờ đến 9 giờ 30;',
				'Lớp 2: nhà văn hóa tổ dân phố Chi Đông, chiều thứ Ba và thứ Năm, từ 15 giờ đến 16 giờ 30;',
				'Khóa học gồm 8 buổi, khai giảng thứ Ba, ngày 14/10/2025.'
			),
			'## Đăng ký',
			'Học viên mang theo điện thoại thông minh đang sử dụng. Mỗi lớp nhận tối đa 30 người. Người có nhu cầu đăng ký với trưởng thôn, tổ trưởng tổ dân phố hoặc trực tiếp trên nền tảng Suốt Đời **đến hết ngày 10/10/2025**.',
			'Mọi thắc mắc xin liên hệ chị Nguyễn Thị Thu Hà, cán bộ Trung tâm học tập cộng đồng xã, tại trụ sở Ủy ban nhân dân xã trong giờ hành chính.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2025-09-25T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-ba-lanh-hoc-dien-thoai-thong-minh',
		kind: 'story',
		title: 'Bà Nguyễn Thị Lành, 72 tuổi, ở thôn Bạch Đa: học dùng điện thoại thông minh để gọi video cho các cháu',
		summary:
			'Từ người chỉ biết nghe máy, sau tám buổi học ở lớp kỹ năng số, bà Lành đã tự gọi video cho con cháu, tra cứu lịch khám bệnh và còn hướng dẫn lại cho các bạn già trong thôn.',
		body: md(
			'Trước tháng 10/2025, chiếc điện thoại thông minh con trai mua tặng vẫn nằm trong ngăn tủ nhà bà Nguyễn Thị Lành ở thôn Bạch Đa. "Tôi sợ bấm nhầm thì hỏng máy, lại sợ mất tiền trong tài khoản, nên chỉ dùng cái máy cũ để nghe", bà kể.',
			'## Tám buổi học thay đổi thói quen',
			'Khi chi hội người cao tuổi thôn vận động đi học lớp kỹ năng số tại Trung tâm học tập cộng đồng xã, bà Lành là một trong những người đăng ký đầu tiên. Bà mang theo cuốn sổ nhỏ, ghi lại từng bước bằng chữ to: mở khóa máy, vào ứng dụng, bấm nút gọi video.',
			'Sau khóa học, bà đã có thể:',
			ul(
				'gọi video cho hai người con đang làm việc ở Bắc Ninh và Hà Nội;',
				'xem lịch khám bệnh, nhận thông báo của thôn trong nhóm tin nhắn;',
				'nhận biết và bỏ qua những tin nhắn lạ đòi chuyển tiền.'
			),
			'## Người học trở thành người hướng dẫn',
			'Điều khiến cán bộ Trung tâm học tập cộng đồng bất ngờ là bà Lành tự nguyện ở lại sau buổi học để hướng dẫn các bạn già chậm hơn. Mỗi sáng thứ Bảy, hiên nhà bà lại có ba, bốn cụ ngồi cùng "ôn bài".',
			'"Học được cái gì thì mình chỉ lại cho người khác, thế là nhớ lâu", bà Lành cười. Câu chuyện của bà được Hội Khuyến học xã Quang Minh đề xuất biểu dương trong dịp tổng kết năm 2025.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2025-12-16T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-cong-nhan-gia-dinh-hoc-tap-2025',
		kind: 'news',
		title: 'Xã Quang Minh công nhận 12.486 gia đình học tập và 41 dòng họ học tập năm 2025',
		summary:
			'Trên tổng số 13.620 hộ đăng ký, có 12.486 hộ được công nhận Gia đình học tập năm 2025; 41 dòng họ và 17 thôn, tổ dân phố đạt danh hiệu học tập.',
		body: md(
			'Ngày 24/11/2025, Chủ tịch Ủy ban nhân dân xã Quang Minh ký quyết định công nhận các danh hiệu học tập năm 2025, hoàn thành trước thời hạn 25/11 theo kế hoạch.',
			'## Kết quả công nhận',
			ul(
				'Gia đình học tập: **12.486 hộ** được công nhận trên 13.620 hộ đăng ký, đạt 91,7%;',
				'Dòng họ học tập: 41 dòng họ trên 45 dòng họ đăng ký;',
				'Cộng đồng học tập cấp thôn, tổ dân phố: 17 đơn vị;',
				'Đơn vị học tập: 23 trường học, cơ quan, doanh nghiệp.'
			),
			'## Quy trình công khai',
			'Việc bình xét được thực hiện tại hội nghị từng thôn, tổ dân phố, có đối chiếu minh chứng theo bộ tiêu chí của Hội Khuyến học. Danh sách đề nghị công nhận đã được niêm yết công khai 10 ngày tại nhà văn hóa các thôn trước khi trình Ủy ban nhân dân xã.',
			'Một số hộ chưa đạt chủ yếu do có con trong độ tuổi đi học nhưng chưa hoàn thành chương trình phổ cập hoặc chưa tham gia nội dung học tập nào trong năm. Hội Khuyến học xã sẽ phối hợp với các chi hội thôn hỗ trợ những gia đình này trong năm 2026.',
			'Giấy chứng nhận sẽ được trao tại các thôn, tổ dân phố trong tháng 12/2025. Số liệu tổng hợp theo từng thôn được công khai trên nền tảng Suốt Đời.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2025-12-10T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-lop-phong-chong-lua-dao-chi-dong',
		kind: 'news',
		title: 'Hơn 200 người dân tổ dân phố Chi Đông học cách nhận diện lừa đảo qua mạng',
		summary:
			'Lớp phòng chống lừa đảo qua mạng do Trung tâm học tập cộng đồng xã Quang Minh phối hợp với Công an xã tổ chức đã thu hút đông đảo người dân, nhất là phụ nữ và người cao tuổi.',
		body: md(
			'Tối 14/3/2026, nhà văn hóa tổ dân phố Chi Đông chật kín người đến dự lớp "Nhận diện và phòng tránh lừa đảo qua mạng" do Trung tâm học tập cộng đồng xã Quang Minh phối hợp với Công an xã tổ chức.',
			'## Những thủ đoạn thường gặp',
			'Qua các tình huống thực tế, cán bộ Công an xã giới thiệu những chiêu thức lừa đảo phổ biến hiện nay:',
			ul(
				'giả danh cơ quan nhà nước gọi điện yêu cầu cập nhật thông tin, cài ứng dụng lạ;',
				'nhắn tin báo trúng thưởng, nhận quà tri ân, yêu cầu nộp phí;',
				'mời làm cộng tác viên việc nhẹ lương cao trên mạng xã hội;',
				'giả làm người thân gọi video xin chuyển tiền gấp.'
			),
			'## Ghi nhớ ba nguyên tắc',
			'Người dân được khuyến cáo: **không** cung cấp mã OTP, **không** bấm vào đường dẫn lạ, **không** chuyển tiền khi chưa xác minh trực tiếp với người thân. Khi nghi ngờ, hãy báo ngay cho Công an xã hoặc tra cứu tại [Cổng tín nhiệm mạng](https://tinnhiemmang.vn).',
			'Bà Đỗ Thị Hằng, 61 tuổi, chia sẻ: "Tháng trước tôi suýt chuyển tiền cho người tự xưng là nhân viên ngân hàng. Nay được nghe phân tích kỹ, tôi yên tâm hơn nhiều."',
			'Trung tâm học tập cộng đồng xã dự kiến tổ chức thêm 6 buổi tương tự tại các thôn trong quý II/2026.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2026-03-18T03:30:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-co-giao-ve-huu-day-tieng-anh',
		kind: 'story',
		title: 'Cô giáo về hưu ở thôn Nội Đồng dạy tiếng Anh giao tiếp miễn phí cho học sinh mỗi tối cuối tuần',
		summary:
			'Ba năm nay, cô Phạm Thị Thanh Hương, giáo viên tiếng Anh đã nghỉ hưu, dành các tối thứ Bảy và Chủ nhật để dạy tiếng Anh giao tiếp miễn phí cho gần 40 học sinh trong thôn.',
		body: md(
			'Cứ 19 giờ tối thứ Bảy và Chủ nhật, gian phòng nhỏ ở nhà văn hóa thôn Nội Đồng lại vang tiếng các em học sinh đọc tiếng Anh. Người đứng lớp là cô Phạm Thị Thanh Hương, 63 tuổi, nguyên giáo viên tiếng Anh trường trung học cơ sở.',
			'## Lớp học không thu học phí',
			'Nghỉ hưu năm 2022, cô Hương nhận thấy nhiều học sinh trong thôn học ngữ pháp khá nhưng ngại nói. Cô đề xuất với chi hội khuyến học thôn mở lớp giao tiếp miễn phí. Trung tâm học tập cộng đồng xã hỗ trợ máy chiếu, loa và đưa lớp vào chương trình của trung tâm.',
			'Mỗi buổi học, cô chia các em thành nhóm nhỏ, luyện những tình huống gần gũi:',
			ul(
				'giới thiệu bản thân, gia đình, quê hương Mê Linh;',
				'hỏi đường, mua bán, gọi món;',
				'kể về một cuốn sách hoặc một bộ phim vừa xem.'
			),
			'## Học trò tiến bộ từng ngày',
			'Em Nam, 14 tuổi, cho biết trước đây em rất sợ phát âm sai, nay đã tự tin thuyết trình bằng tiếng Anh trước lớp. Phụ huynh trong thôn cũng góp sách, góp quạt điện để lớp học thêm tiện nghi.',
			'"Tôi chỉ mong các cháu không thấy tiếng Anh là môn thi, mà là công cụ để mở rộng cánh cửa", cô Hương chia sẻ. Năm 2026, cô được Hội Khuyến học xã Quang Minh đề nghị biểu dương là gương người tốt việc tốt trong phong trào khuyến học.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2026-05-20T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'qm-tuyen-tinh-nguyen-vien-tuan-le-2026',
		kind: 'announcement',
		title: 'Thông báo tuyển tình nguyện viên hỗ trợ Tuần lễ hưởng ứng học tập suốt đời năm 2026 tại xã Quang Minh',
		summary:
			'Trung tâm học tập cộng đồng xã Quang Minh cần 40 tình nguyện viên hướng dẫn kỹ năng số, hỗ trợ ngày hội đọc sách từ 1 đến 7/10/2026; nhận đăng ký đến ngày 20/9/2026.',
		body: md(
			'Để chuẩn bị cho Tuần lễ hưởng ứng học tập suốt đời năm 2026, Trung tâm học tập cộng đồng xã Quang Minh phối hợp với Đoàn Thanh niên xã thông báo tuyển tình nguyện viên.',
			'## Nhiệm vụ',
			ul(
				'Hướng dẫn người cao tuổi sử dụng điện thoại thông minh, ứng dụng dịch vụ công;',
				'Hỗ trợ tổ chức ngày hội đọc sách tại các trường học và nhà văn hóa thôn;',
				'Đón tiếp, hướng dẫn người dân đăng ký và điểm danh bằng mã QR.'
			),
			'## Yêu cầu',
			ul(
				'Từ đủ 16 tuổi trở lên, cư trú hoặc học tập, làm việc tại xã Quang Minh;',
				'Sử dụng thành thạo điện thoại thông minh; kiên nhẫn, lịch sự với người lớn tuổi;',
				'Tham gia buổi tập huấn vào sáng Chủ nhật 27/9/2026 tại hội trường Ủy ban nhân dân xã.'
			),
			'Tình nguyện viên dưới 18 tuổi cần có sự đồng ý của cha mẹ hoặc người giám hộ. Tình nguyện viên hoàn thành nhiệm vụ được cấp giấy chứng nhận và ghi nhận vào hồ sơ học tập suốt đời trên nền tảng.',
			'Đăng ký trên nền tảng Suốt Đời hoặc tại văn phòng Đoàn Thanh niên xã **đến hết ngày 20/9/2026**. Liên hệ: anh Trần Văn Tùng, Bí thư Đoàn Thanh niên xã.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2026-08-25T02:00:00.000Z',
		status: 'draft'
	},
	{
		key: 'qm-duong-lang-goc-doc-sach-dai-bai',
		kind: 'news',
		title: 'Đường làng thành góc đọc sách: thôn Đại Bái khánh thành tủ sách cộng đồng bên cổng nhà văn hóa',
		summary:
			'Nhân Tuần lễ hưởng ứng học tập suốt đời năm 2026, thôn Đại Bái khánh thành góc đọc sách ngoài trời với hơn 600 cuốn sách, mở cửa từ sáng đến tối cho mọi người dân.',
		body: md(
			'Sáng 3/10/2026, trên con đường làng dẫn vào nhà văn hóa thôn Đại Bái, xã Quang Minh, người dân đã có thêm một góc đọc sách ngoài trời với mái che, ghế đá và hai tủ sách bằng gỗ chắc chắn.',
			'## Từ ý tưởng của chi đoàn thanh niên',
			'Ý tưởng được chi đoàn thanh niên thôn đưa ra từ đầu năm: tận dụng khoảng sân trống cạnh cổng nhà văn hóa, nơi các cháu nhỏ thường chờ bố mẹ đón sau giờ học. Chi hội khuyến học thôn vận động được **38.500.000 đồng** từ các gia đình, dòng họ và một số doanh nghiệp để làm mái che, đóng tủ và mua sách.',
			'## Sách cho mọi lứa tuổi',
			ul(
				'Hơn 600 cuốn sách, gồm truyện thiếu nhi, sách kỹ năng sống, sách kỹ thuật nông nghiệp, pháp luật phổ thông;',
				'Mã QR dẫn tới tủ sách số trên nền tảng Suốt Đời;',
				'Sổ mượn sách tự quản, đặt ngay tại góc đọc.'
			),
			'Ông Nguyễn Văn Bình, trưởng thôn Đại Bái, cho biết thôn sẽ phân công các gia đình thay phiên trông coi, lau dọn. "Mong rằng mỗi buổi chiều, con đường làng không chỉ có tiếng xe mà còn có cả những trang sách", ông nói.',
			'Người dân có thể tặng sách cho góc đọc bằng cách gửi trực tiếp tại nhà văn hóa thôn.'
		),
		scope: 'xa-quang-minh',
		publishedAt: '2026-10-03T04:00:00.000Z',
		status: 'published'
	},

	// ——— xã Mê Linh ———
	{
		key: 'ml-trao-thuong-dau-nam-hoc-2025',
		kind: 'news',
		title: 'Lễ trao thưởng đầu năm học: quỹ khuyến học xã Mê Linh dành hơn 210 triệu đồng cho học sinh',
		summary:
			'Hội Khuyến học xã Mê Linh trao thưởng cho 164 học sinh đạt thành tích cao và học bổng cho 72 học sinh vượt khó, tổng số tiền 213.500.000 đồng.',
		body: md(
			'Chiều 4/9/2025, Hội Khuyến học xã Mê Linh tổ chức lễ trao thưởng, trao học bổng đầu năm học 2025–2026 tại hội trường Ủy ban nhân dân xã. Buổi lễ có sự tham dự của đại diện các nhà trường, chi hội khuyến học thôn và đông đảo phụ huynh.',
			'## Phần thưởng và học bổng',
			ul(
				'164 học sinh đạt giải học sinh giỏi, thủ khoa, đỗ đại học với điểm cao được thưởng từ 500.000 đến 3.000.000 đồng;',
				'72 học sinh nghèo, cận nghèo vượt khó học tốt nhận học bổng 1.500.000 đồng mỗi suất;',
				'Tặng 300 bộ sách giáo khoa cho học sinh các thôn Khê Ngoại, Bồng Lai và Thường Lệ.'
			),
			'Tổng kinh phí trao thưởng là **213.500.000 đồng**, trong đó 120.000.000 đồng từ quỹ khuyến học xã, phần còn lại do Hợp tác xã Hoa cây cảnh Mê Linh, các dòng họ và người con quê hương ủng hộ.',
			'## Khuyến học từ những việc nhỏ',
			'Phát biểu tại buổi lễ, đại diện Hội Khuyến học xã cảm ơn các nhà hảo tâm và kêu gọi mỗi gia đình quan tâm hơn đến việc học của con em, nhất là trong những tháng đầu năm học mới. Mức thưởng được thực hiện theo quy chế khen thưởng của Hội đã được thông qua và công khai.',
			'Báo cáo thu, chi chi tiết của quỹ khuyến học xã được cập nhật trên nền tảng Suốt Đời và niêm yết tại bảng tin của xã.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2025-09-05T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-lop-trong-rau-vietgap-ha-loi',
		kind: 'announcement',
		title: 'Thông báo mở lớp kỹ thuật trồng rau an toàn theo tiêu chuẩn VietGAP tại thôn Hạ Lôi',
		summary:
			'Lớp học gồm 6 buổi, khai giảng ngày 27/9/2025 tại nhà văn hóa thôn Hạ Lôi, miễn phí cho nông dân trong xã; nhận đăng ký đến hết ngày 25/9/2025.',
		body: md(
			'Nhằm giúp bà con nâng cao chất lượng, giá trị sản phẩm rau, Trung tâm học tập cộng đồng xã Mê Linh phối hợp với Hội Nông dân xã mở lớp **kỹ thuật trồng rau an toàn theo tiêu chuẩn VietGAP**.',
			'## Nội dung lớp học',
			ul(
				'Lựa chọn đất, nguồn nước tưới và giống rau phù hợp;',
				'Sử dụng phân bón, thuốc bảo vệ thực vật đúng cách, đảm bảo thời gian cách ly;',
				'Ghi chép nhật ký sản xuất theo yêu cầu của VietGAP;',
				'Thu hoạch, sơ chế, đóng gói và giới thiệu sản phẩm qua mạng.'
			),
			'## Thời gian và địa điểm',
			'Lớp học gồm 6 buổi vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 10 giờ 30, khai giảng **thứ Bảy, ngày 27/9/2025** tại nhà văn hóa thôn Hạ Lôi. Các buổi thực hành được tổ chức tại ruộng mẫu của tổ hợp tác rau thôn.',
			'## Đối tượng và đăng ký',
			'Ưu tiên hộ đang trồng rau tại các thôn Hạ Lôi, Yên Bài, Đại Lợi. Học viên được cấp tài liệu miễn phí và giấy chứng nhận sau khi hoàn thành khóa học.',
			'Bà con đăng ký với chi hội nông dân thôn hoặc trên nền tảng Suốt Đời **đến hết ngày 25/9/2025**. Liên hệ anh Lê Văn Hùng, cán bộ Trung tâm học tập cộng đồng xã Mê Linh.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2025-09-18T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-khai-mac-tuan-le-2025',
		kind: 'news',
		title: 'Xã Mê Linh khai mạc Tuần lễ hưởng ứng học tập suốt đời 2025, đẩy mạnh học tập trên nền tảng số',
		summary:
			'Lễ khai mạc tại xã Mê Linh gắn với việc hướng dẫn người dân tự học qua nền tảng số, giới thiệu 14 lớp học mới của Trung tâm học tập cộng đồng và phát động ủng hộ tủ sách thôn.',
		body: md(
			'Sáng 1/10/2025, xã Mê Linh long trọng khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2025. Tham dự có lãnh đạo Ủy ban nhân dân xã, Hội Khuyến học, các đoàn thể, nhà trường cùng hơn 300 người dân.',
			'## Học tập gắn với chuyển đổi số',
			'Tiếp nối chủ đề Mê Linh lựa chọn năm 2022 là *"Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời"*, năm nay xã tập trung hướng dẫn người dân tự học qua nền tảng số, sử dụng dịch vụ công trực tuyến và ứng xử văn minh trên mạng xã hội.',
			'## Các lớp học mới',
			'Trung tâm học tập cộng đồng xã giới thiệu 14 lớp học sẽ mở trong năm học 2025–2026, trong đó có:',
			ul(
				'kỹ thuật trồng hoa, cây cảnh và rau an toàn;',
				'kỹ năng số, phòng chống lừa đảo qua mạng;',
				'phổ biến pháp luật về đất đai, giao thông;',
				'sức khỏe, dinh dưỡng cho bà mẹ và trẻ nhỏ.'
			),
			'Ngay tại buổi lễ, các chi hội khuyến học thôn đã nhận 520 cuốn sách do cán bộ, giáo viên và người dân ủng hộ để bổ sung cho tủ sách cộng đồng. Các trường học trên địa bàn đồng thời tổ chức tiết sinh hoạt dưới cờ với chủ đề tự học an toàn, lành mạnh trên môi trường mạng.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2025-10-02T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-em-ha-vuot-kho-hoc-gioi',
		kind: 'story',
		title: 'Em Hà, 15 tuổi, ở thôn Tân Trung: vượt khó vươn lên, đạt giải Nhì học sinh giỏi môn Toán',
		summary:
			'Mồ côi cha từ nhỏ, hằng ngày phụ mẹ chăm vườn hoa, Hà vẫn giữ vững thành tích học tập và vừa đạt giải Nhì kỳ thi học sinh giỏi môn Toán lớp 9.',
		body: md(
			'Căn nhà nhỏ của hai mẹ con Hà ở thôn Tân Trung, xã Mê Linh nằm cạnh mảnh vườn trồng hoa cúc. Mỗi sáng, trước khi đến trường, Hà dậy từ 5 giờ để cùng mẹ cắt hoa cho kịp chuyến xe của thương lái.',
			'## Học trong những khoảng thời gian ngắn',
			'Không có điều kiện đi học thêm, Hà tự lập cho mình thời gian biểu chặt chẽ. Em tận dụng giờ nghỉ trưa để làm bài tập, buổi tối ôn lại kiến thức và tìm thêm bài tập trên các trang học trực tuyến miễn phí mà thầy cô giới thiệu.',
			'Chia sẻ về cách học, Hà nói:',
			ul(
				'mỗi ngày giải ít nhất một bài toán khó, không xem lời giải trước khi đã thử hết cách;',
				'ghi lỗi sai vào một cuốn sổ riêng để đọc lại trước mỗi kỳ kiểm tra;',
				'cùng các bạn trong lớp lập nhóm học tập, ai hiểu bài thì giảng lại cho bạn.'
			),
			'## Được tiếp sức để đi xa hơn',
			'Năm học 2025–2026, Hà nhận học bổng 1.500.000 đồng từ quỹ khuyến học xã và một suất học bổng dài hạn từ dòng họ Lê ở thôn Bình Xuyên. Cô giáo chủ nhiệm cho biết Hà không chỉ học giỏi mà còn thường xuyên kèm bạn học yếu trong lớp.',
			'Ước mơ của Hà là trở thành giáo viên Toán để quay về dạy học ở quê. Câu chuyện của em được đăng với sự đồng ý của em và gia đình.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2026-01-15T02:30:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-dang-ky-danh-hieu-hoc-tap-2026',
		kind: 'announcement',
		title: 'Thông báo đăng ký danh hiệu Gia đình học tập, Dòng họ học tập năm 2026 tại xã Mê Linh',
		summary:
			'Các hộ gia đình, dòng họ đăng ký danh hiệu học tập năm 2026 với chi hội khuyến học thôn hoặc trên nền tảng Suốt Đời từ ngày 1/3 đến hết ngày 31/3/2026.',
		body: md(
			'Thực hiện kế hoạch xây dựng xã hội học tập năm 2026, Hội Khuyến học xã Mê Linh thông báo tới các hộ gia đình, dòng họ trên địa bàn về việc đăng ký danh hiệu **Gia đình học tập** và **Dòng họ học tập**.',
			'## Thời gian đăng ký',
			'Từ ngày **1/3/2026 đến hết ngày 31/3/2026**. Các hộ, dòng họ đăng ký tại chi hội khuyến học thôn hoặc trực tuyến trên nền tảng Suốt Đời, mục Danh hiệu học tập.',
			'## Quy trình bình xét',
			ul(
				'Tháng 4 đến tháng 9: các hộ, dòng họ thực hiện và lưu giữ minh chứng theo bộ tiêu chí;',
				'Tháng 10: hội nghị thôn bình xét, đối chiếu minh chứng;',
				'Danh sách đề nghị công nhận được niêm yết công khai 10 ngày tại nhà văn hóa thôn;',
				'Trước ngày 25/11/2026: Chủ tịch Ủy ban nhân dân xã quyết định công nhận.'
			),
			'## Lưu ý',
			'Bộ tiêu chí năm 2026 được đăng đầy đủ trên nền tảng, có giải thích từng nội dung chấm điểm. Các gia đình chỉ cần cung cấp những thông tin phục vụ việc bình xét; thông tin về học tập của trẻ em được bảo mật và không công khai.',
			'Mọi thắc mắc xin liên hệ bà Nguyễn Thị Nga, Phó Chủ tịch Hội Khuyến học xã, tại văn phòng Hội ở trụ sở Ủy ban nhân dân xã Mê Linh.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2026-02-20T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-lop-ky-thuat-trong-hoa-htx',
		kind: 'news',
		title: 'Hợp tác xã Hoa cây cảnh Mê Linh phối hợp mở lớp kỹ thuật trồng hoa cho 60 hội viên',
		summary:
			'Lớp học kéo dài 5 buổi giúp các hộ trồng hoa tiếp cận kỹ thuật tưới nhỏ giọt, phòng trừ sâu bệnh bằng chế phẩm sinh học và bán hàng qua sàn thương mại điện tử.',
		body: md(
			'Từ ngày 15 đến 25/4/2026, Trung tâm học tập cộng đồng xã Mê Linh phối hợp với Hợp tác xã Hoa cây cảnh Mê Linh tổ chức lớp kỹ thuật trồng hoa cho 60 hội viên đến từ các thôn Tân Trung, Văn Quang, An Cảnh.',
			'## Học để giữ nghề truyền thống',
			'Mê Linh từ lâu nổi tiếng với nghề trồng hoa. Tuy nhiên, thời tiết thất thường và giá vật tư tăng khiến nhiều hộ gặp khó khăn. Lớp học năm nay tập trung vào những nội dung bà con quan tâm nhất:',
			ul(
				'lắp đặt hệ thống tưới nhỏ giọt, tiết kiệm nước và công lao động;',
				'sử dụng chế phẩm sinh học phòng trừ sâu bệnh, hạn chế thuốc hóa học;',
				'chụp ảnh sản phẩm, mở gian hàng và bán hoa qua sàn thương mại điện tử.'
			),
			'## Hiệu quả bước đầu',
			'Ông Vũ Văn Tiến, thôn Văn Quang, cho biết sau buổi học về tưới nhỏ giọt, gia đình ông đã lắp thử cho 2 sào hoa hồng. "Chi phí ban đầu khoảng 7.500.000 đồng nhưng tiết kiệm được nhiều công tưới, hoa cũng đều hơn", ông nói.',
			'Kết thúc khóa học, 58 học viên được cấp giấy chứng nhận. Trung tâm học tập cộng đồng xã dự kiến mở thêm lớp chuyên đề về bán hàng trực tuyến vào quý III/2026.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2026-04-28T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'ml-dieu-chinh-lich-lop-dinh-duong-6-2026',
		kind: 'announcement',
		title: 'Thông báo điều chỉnh lịch lớp sức khỏe, dinh dưỡng cho bà mẹ có con nhỏ tháng 6/2026',
		summary:
			'Do trùng lịch tiêm chủng mở rộng, buổi học ngày 6/6/2026 tại thôn Khê Ngoại được chuyển sang sáng thứ Bảy, ngày 13/6/2026; địa điểm và nội dung không thay đổi.',
		body: md(
			'Trung tâm học tập cộng đồng xã Mê Linh trân trọng thông báo điều chỉnh lịch lớp **sức khỏe, dinh dưỡng cho bà mẹ có con dưới 5 tuổi** như sau.',
			'## Lịch mới',
			ul(
				'Buổi học dự kiến ngày thứ Bảy, 6/6/2026 được chuyển sang **sáng thứ Bảy, ngày 13/6/2026**, từ 8 giờ đến 10 giờ;',
				'Địa điểm: nhà văn hóa thôn Khê Ngoại (không thay đổi);',
				'Buổi học ngày 20/6/2026 vẫn giữ nguyên lịch.'
			),
			'## Lý do điều chỉnh',
			'Ngày 6/6/2026, Trạm Y tế xã tổ chức tiêm chủng mở rộng tại thôn Khê Ngoại. Để các bà mẹ có thể đưa con đi tiêm đầy đủ, Trung tâm học tập cộng đồng thống nhất với Trạm Y tế lùi buổi học sang tuần sau.',
			'## Nội dung buổi học',
			'Buổi học ngày 13/6 do y sĩ Trạm Y tế xã hướng dẫn, gồm: chế độ ăn bổ sung cho trẻ từ 6 tháng tuổi, cách theo dõi cân nặng, chiều cao của trẻ và phòng chống các bệnh thường gặp trong mùa hè.',
			'Học viên đã đăng ký không cần đăng ký lại. Mọi thắc mắc xin liên hệ chị Phùng Thị Lan, cán bộ Trung tâm học tập cộng đồng xã. Trung tâm xin lỗi vì sự bất tiện này.'
		),
		scope: 'xa-me-linh',
		publishedAt: '2026-06-02T02:00:00.000Z',
		status: 'archived'
	},
	{
		key: 'ml-gia-dinh-ba-the-he-cung-hoc-binh-xuyen',
		kind: 'story',
		title: 'Gia đình ông Lê Văn Thắng ở thôn Bình Xuyên: ba thế hệ cùng học, mười năm liền là gia đình học tập',
		summary:
			'Ông bà học kỹ năng số, con cái học thêm nghề, các cháu chăm chỉ đọc sách: gia đình ông Lê Văn Thắng là một trong những gia đình học tập tiêu biểu của xã Mê Linh năm 2026.',
		body: md(
			'Trong ngôi nhà ba gian ở thôn Bình Xuyên, xã Mê Linh, chiếc tủ sách gỗ đặt trang trọng giữa gian nhà. Đó là "tài sản" mà ông Lê Văn Thắng, 68 tuổi, tự hào nhất.',
			'## Mỗi người một việc học',
			ul(
				'Ông Thắng và vợ tham gia lớp kỹ năng số của Trung tâm học tập cộng đồng, nay đã tự đọc tin tức và dùng dịch vụ công trực tuyến;',
				'Anh con trai học lớp kỹ thuật trồng hoa theo hướng hữu cơ, chị con dâu học lớp kế toán cho hộ kinh doanh;',
				'Ba cháu nội đều đạt danh hiệu học sinh giỏi, mỗi tháng đọc ít nhất hai cuốn sách.'
			),
			'## Nếp nhà được giữ qua nhiều năm',
			'Ông Thắng kể, từ khi còn là giáo viên tiểu học, ông đã đặt lệ: tối nào cả nhà cũng dành một giờ tắt ti vi để đọc sách, làm bài. Nếp ấy được giữ đến nay, dù con cháu đã lớn và công việc bận rộn hơn.',
			'Mười năm liền, gia đình ông được công nhận **Gia đình học tập**. Ông cũng là người khởi xướng quỹ khuyến học của dòng họ Lê trong thôn, mỗi năm trao thưởng cho con cháu học giỏi vào dịp giỗ tổ.',
			'"Tôi không để lại cho con cháu nhiều của cải, chỉ mong chúng giữ được thói quen học", ông Thắng nói.',
			'*Bài viết đang chờ gia đình xác nhận nội dung trước khi đăng.*'
		),
		scope: 'xa-me-linh',
		publishedAt: '2026-11-18T02:00:00.000Z',
		status: 'draft'
	},

	// ——— xã Yên Lãng ———
	{
		key: 'yl-kien-toan-hoi-khuyen-hoc-sau-sap-xep',
		kind: 'news',
		title: 'Hội Khuyến học xã Yên Lãng kiện toàn tổ chức, hợp nhất quỹ khuyến học của các xã cũ',
		summary:
			'Sau sắp xếp đơn vị hành chính, Hội Khuyến học xã Yên Lãng ra mắt Ban Chấp hành mới, quản lý 42 chi hội và quỹ khuyến học hợp nhất với số dư 865.400.000 đồng.',
		body: md(
			'Ngày 8/9/2025, Hội Khuyến học xã Yên Lãng tổ chức hội nghị kiện toàn tổ chức sau khi xã mới được thành lập trên cơ sở các xã Chu Phan, Hoàng Kim, Liên Mạc, Tiến Thịnh, một phần xã Thạch Đà và một số địa bàn lân cận.',
			'## Bộ máy mới',
			'Hội nghị đã thống nhất danh sách Ban Chấp hành gồm 15 người, do ông Nguyễn Hữu Đức, nguyên hiệu trưởng trường trung học cơ sở, làm Chủ tịch. Hội hiện có 42 chi hội ở các thôn, trường học, cơ quan với hơn 9.800 hội viên.',
			'## Hợp nhất quỹ khuyến học',
			'Số dư quỹ khuyến học của các xã cũ được bàn giao và hợp nhất thành quỹ chung của xã Yên Lãng với tổng số **865.400.000 đồng**. Quỹ của các chi hội thôn và dòng họ vẫn do chi hội, dòng họ tự quản lý.',
			'Hội nghị thống nhất một số nguyên tắc quản lý quỹ:',
			ul(
				'mọi khoản tiếp nhận đều có biên nhận và được cập nhật công khai trên nền tảng Suốt Đời;',
				'việc chi trao thưởng, học bổng thực hiện theo quy chế được Ban Chấp hành thông qua;',
				'báo cáo thu, chi được niêm yết tại trụ sở xã sáu tháng một lần.'
			),
			'Phát biểu tại hội nghị, ông Nguyễn Hữu Đức mong các chi hội tiếp tục phát huy truyền thống hiếu học của vùng đất Yên Lãng, không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2025-09-10T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-dong-ho-nguyen-dinh-quy-khuyen-hoc',
		kind: 'story',
		title: 'Dòng họ Nguyễn Đình ở thôn Đạm Xuyên: hơn 20 năm gìn giữ quỹ khuyến học cho con cháu',
		summary:
			'Từ khoản góp 200.000 đồng mỗi suất đinh năm 2004, quỹ khuyến học của dòng họ Nguyễn Đình nay đạt hơn 50 triệu đồng, mỗi năm trao khoảng 15 triệu đồng cho con cháu học giỏi, vượt khó.',
		body: md(
			'Vào ngày giỗ tổ hằng năm, nhà thờ họ Nguyễn Đình ở thôn Đạm Xuyên, xã Yên Lãng lại rộn ràng không chỉ bởi con cháu về dâng hương, mà còn bởi lễ trao thưởng cho những người con học giỏi của dòng họ.',
			'## Bắt đầu từ những đóng góp nhỏ',
			'Năm 2004, các cụ trong họ bàn nhau lập quỹ khuyến học, mỗi suất đinh góp 200.000 đồng. Hơn 20 năm sau, nhờ sự đóng góp của con cháu ở quê và làm ăn xa, quỹ đã đạt **52.600.000 đồng**. Mỗi năm, dòng họ trích khoảng 15.000.000 đồng để trao thưởng.',
			'## Quy chế rõ ràng, sổ sách công khai',
			'Ông Nguyễn Đình Khang, trưởng ban khuyến học của dòng họ, cho biết quy chế được cả họ thông qua và đọc công khai mỗi năm:',
			ul(
				'học sinh đạt danh hiệu học sinh giỏi được thưởng 300.000 đồng;',
				'con cháu đỗ đại học được thưởng 1.000.000 đồng;',
				'học sinh có hoàn cảnh khó khăn được hỗ trợ 1.500.000 đồng và sách vở đầu năm học.'
			),
			'Sổ thu, chi được ghi chép cẩn thận, treo tại nhà thờ họ để ai cũng có thể xem.',
			'## Dòng họ học tập tiêu biểu',
			'Nhiều năm liền, họ Nguyễn Đình được công nhận **Dòng họ học tập**. Đến nay, dòng họ có 46 người tốt nghiệp đại học, nhiều người là giáo viên, bác sĩ, kỹ sư. "Quỹ không lớn, nhưng điều quý nhất là giữ được nếp hiếu học", ông Khang chia sẻ.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2025-10-20T02:30:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-lop-pho-bien-phap-luat-bong-mac',
		kind: 'announcement',
		title: 'Thông báo mở lớp phổ biến pháp luật về đất đai, hôn nhân và gia đình tại thôn Bồng Mạc',
		summary:
			'Lớp học gồm 2 buổi vào sáng thứ Bảy 15/11 và 22/11/2025 tại nhà văn hóa thôn Bồng Mạc, miễn phí cho người dân xã Yên Lãng; nhận đăng ký đến hết ngày 13/11/2025.',
		body: md(
			'Nhằm giúp người dân hiểu đúng, thực hiện đúng các quy định của pháp luật trong đời sống hằng ngày, Trung tâm học tập cộng đồng xã Yên Lãng phối hợp với công chức tư pháp – hộ tịch xã tổ chức lớp phổ biến pháp luật.',
			'## Nội dung',
			ul(
				'Buổi 1 (**thứ Bảy, 15/11/2025**): những điều cần biết về thủ tục đất đai, cấp giấy chứng nhận, tặng cho, thừa kế quyền sử dụng đất;',
				'Buổi 2 (**thứ Bảy, 22/11/2025**): quyền và nghĩa vụ trong hôn nhân và gia đình, phòng chống bạo lực gia đình, thủ tục hộ tịch thường gặp.'
			),
			'## Thời gian và địa điểm',
			'Từ 8 giờ đến 10 giờ 30 tại nhà văn hóa thôn Bồng Mạc. Sau mỗi buổi học có thời gian giải đáp thắc mắc trực tiếp. Người dân có thể gửi trước câu hỏi qua nền tảng Suốt Đời để cán bộ chuẩn bị trả lời.',
			'## Đăng ký',
			'Người dân đăng ký với trưởng thôn hoặc trên nền tảng Suốt Đời **đến hết ngày 13/11/2025**. Mỗi buổi học nhận tối đa 80 người.',
			'Liên hệ: anh Đặng Quốc Việt, công chức tư pháp – hộ tịch, Ủy ban nhân dân xã Yên Lãng. Thông tin, văn bản của Thành phố có thể tra cứu tại [Cổng thông tin điện tử Hà Nội](https://hanoi.gov.vn).'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2025-11-05T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-so-ket-trung-tam-hoc-tap-2025',
		kind: 'news',
		title: 'Trung tâm học tập cộng đồng xã Yên Lãng: 31 lớp học, hơn 3.400 lượt người học trong sáu tháng cuối năm 2025',
		summary:
			'Từ tháng 7 đến tháng 12/2025, Trung tâm học tập cộng đồng xã Yên Lãng tổ chức 31 lớp học với 3.462 lượt người tham gia; kỹ năng số và kỹ thuật nông nghiệp là hai nhóm lớp được quan tâm nhất.',
		body: md(
			'Ngày 6/1/2026, Trung tâm học tập cộng đồng xã Yên Lãng tổ chức hội nghị sơ kết hoạt động sáu tháng cuối năm 2025, giai đoạn đầu tiên sau khi xã mới đi vào hoạt động.',
			'## Kết quả chính',
			ul(
				'31 lớp học với **3.462 lượt người** tham gia;',
				'Kỹ năng số, phòng chống lừa đảo qua mạng: 9 lớp, 1.140 lượt người;',
				'Kỹ thuật trồng trọt, chăn nuôi: 8 lớp, 920 lượt người;',
				'Pháp luật, sức khỏe, kỹ năng sống: 14 lớp, 1.402 lượt người.'
			),
			'Ngoài các lớp học, trung tâm đã hoàn thành khảo sát nhu cầu học tập tại 20 thôn. Kết quả cho thấy người dân mong muốn có thêm lớp tiếng Anh cho học sinh, lớp nghề ngắn hạn cho lao động nữ và lớp hướng dẫn bán hàng qua mạng.',
			'## Những khó khăn',
			'Cán bộ trung tâm còn kiêm nhiệm; một số nhà văn hóa thôn chưa có kết nối mạng ổn định. Sổ sách của các trung tâm cũ đang được số hóa dần để thống nhất quản lý trên nền tảng Suốt Đời.',
			'## Kế hoạch năm 2026',
			'Trung tâm đặt mục tiêu mở 55 lớp học, phấn đấu đạt 6.000 lượt người học, đồng thời phối hợp với các trường học tổ chức câu lạc bộ tiếng Anh và câu lạc bộ đọc sách cho học sinh.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2026-01-08T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-clb-tieng-anh-thcs-chu-phan',
		kind: 'news',
		title: 'Câu lạc bộ tiếng Anh giao tiếp cuối tuần cho học sinh xã Yên Lãng kín chỗ ngay tuần đầu',
		summary:
			'Câu lạc bộ do Trung tâm học tập cộng đồng xã phối hợp với Trường THCS Chu Phan tổ chức nhận 90 học sinh, sinh hoạt vào sáng Chủ nhật với sự hỗ trợ của giáo viên và sinh viên tình nguyện.',
		body: md(
			'Ngày 8/3/2026, câu lạc bộ tiếng Anh giao tiếp cuối tuần dành cho học sinh xã Yên Lãng chính thức ra mắt tại Trường THCS Chu Phan. Chỉ sau một tuần mở đăng ký, 90 chỗ của câu lạc bộ đã kín.',
			'## Học tiếng Anh qua hoạt động',
			'Câu lạc bộ được xây dựng từ kết quả khảo sát nhu cầu học tập cuối năm 2025. Thay vì học ngữ pháp, các em được luyện nói qua trò chơi, đóng vai và dự án nhỏ:',
			ul(
				'giới thiệu về trường, về làng quê bằng tiếng Anh;',
				'đóng vai hướng dẫn viên du lịch, người bán hàng, người hỏi đường;',
				'làm video ngắn giới thiệu một món ăn truyền thống.'
			),
			'## Nhà trường và trung tâm cùng làm',
			'Nhà trường bố trí phòng học và giáo viên phụ trách; Trung tâm học tập cộng đồng xã hỗ trợ tài liệu, thiết bị và kết nối 12 sinh viên tình nguyện là người con của xã đang học tại các trường đại học ở Hà Nội.',
			'Cô Lưu Thị Phương, giáo viên tiếng Anh phụ trách câu lạc bộ, cho biết các em cũng được hướng dẫn cách tự học an toàn trên mạng, chọn ứng dụng và kênh học uy tín.',
			'Do nhu cầu lớn, Trung tâm học tập cộng đồng xã đang chuẩn bị mở thêm một câu lạc bộ tại Trường Tiểu học Liên Mạc từ tháng 9/2026.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2026-03-12T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-xet-hoc-bong-tiep-buoc-den-truong-2026',
		kind: 'announcement',
		title: 'Thông báo xét cấp học bổng "Tiếp bước đến trường" năm học 2026–2027 của Hội Khuyến học xã Yên Lãng',
		summary:
			'Hội Khuyến học xã Yên Lãng dành 100 suất học bổng, mỗi suất 1.500.000 đồng, cho học sinh có hoàn cảnh khó khăn; hồ sơ nộp qua nhà trường hoặc chi hội thôn đến hết ngày 15/8/2026.',
		body: md(
			'Hội Khuyến học xã Yên Lãng thông báo xét cấp học bổng **"Tiếp bước đến trường"** năm học 2026–2027 dành cho học sinh đang học tại các trường trên địa bàn xã.',
			'## Đối tượng',
			ul(
				'Học sinh thuộc hộ nghèo, hộ cận nghèo có kết quả học tập từ khá trở lên;',
				'Học sinh mồ côi cha hoặc mẹ, hoặc gia đình gặp khó khăn đột xuất trong năm;',
				'Học sinh khuyết tật có tinh thần vượt khó trong học tập.'
			),
			'## Mức học bổng',
			'100 suất, mỗi suất **1.500.000 đồng**, kèm bộ đồ dùng học tập. Học sinh được xét duyệt sẽ nhận học bổng tại lễ khai giảng năm học mới.',
			'## Hồ sơ và thời hạn',
			ul(
				'Đơn đề nghị theo mẫu (nhận tại nhà trường, chi hội thôn hoặc tải trên nền tảng Suốt Đời);',
				'Xác nhận của nhà trường về kết quả học tập năm học 2025–2026;',
				'Giấy tờ chứng minh hoàn cảnh (nếu có).'
			),
			'Hồ sơ nộp qua giáo viên chủ nhiệm hoặc chi hội khuyến học thôn **đến hết ngày 15/8/2026**. Thông tin về hoàn cảnh gia đình của học sinh chỉ được dùng để xét học bổng và được giữ kín; danh sách công khai chỉ ghi số suất theo từng trường.',
			'Liên hệ: ông Nguyễn Hữu Đức, Chủ tịch Hội Khuyến học xã, hoặc văn phòng Hội tại trụ sở Ủy ban nhân dân xã Yên Lãng.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2026-07-15T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-ong-thu-hoc-luat-hoa-giai-vien',
		kind: 'story',
		title: 'Ông Phạm Văn Thụ, 68 tuổi, ở thôn Mạc Xá: học pháp luật để làm tốt việc hòa giải ở cơ sở',
		summary:
			'Không bỏ buổi học pháp luật nào của Trung tâm học tập cộng đồng, tổ trưởng tổ hòa giải thôn Mạc Xá đã cùng các thành viên hòa giải thành công 14 vụ việc trong năm qua.',
		body: md(
			'Trong chiếc túi vải ông Phạm Văn Thụ mang theo mỗi khi đi họp luôn có một cuốn sổ dày, chép tay những quy định pháp luật thường gặp ở thôn. "Làm hòa giải mà không hiểu luật thì chỉ nói được bằng tình, khó mà thuyết phục", ông nói.',
			'## Học ở tuổi gần bảy mươi',
			'Nghỉ hưu từ năm 2018, ông Thụ được bà con tín nhiệm bầu làm tổ trưởng tổ hòa giải thôn Mạc Xá. Từ đó, ông chưa bỏ buổi nào trong các lớp phổ biến pháp luật của Trung tâm học tập cộng đồng. Ông còn nhờ cháu nội cài ứng dụng trên điện thoại để tra cứu văn bản pháp luật.',
			'## Hòa giải bằng lý và bằng tình',
			'Năm 2025, tổ hòa giải do ông phụ trách đã hòa giải thành công 14 trên 16 vụ việc, chủ yếu là tranh chấp ranh giới đất, lối đi chung và mâu thuẫn gia đình. Cách làm của ông được nhiều người ghi nhận:',
			ul(
				'lắng nghe riêng từng bên trước khi ngồi lại cùng nhau;',
				'giải thích rõ quy định pháp luật, đưa ra văn bản cụ thể;',
				'tìm phương án để các bên giữ được tình làng nghĩa xóm.'
			),
			'## Lan tỏa việc học',
			'Ông Thụ vận động các thành viên tổ hòa giải cùng đi học, đồng thời đề xuất Trung tâm học tập cộng đồng mở lớp ngay tại thôn để người cao tuổi đỡ phải đi xa.',
			'Ông vừa được Hội Khuyến học xã Yên Lãng đề nghị biểu dương là Công dân học tập tiêu biểu năm 2026.'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2026-08-30T02:30:00.000Z',
		status: 'published'
	},
	{
		key: 'yl-tuan-le-2026-ngay-hoi-sach',
		kind: 'news',
		title: 'Tuần lễ hưởng ứng học tập suốt đời 2026 tại Yên Lãng: ngày hội sách và trải nghiệm số cho hơn 1.500 học sinh',
		summary:
			'Trong Tuần lễ năm 2026, xã Yên Lãng tổ chức ngày hội sách tại 7 trường học, góc trải nghiệm kỹ năng số và biểu dương 12 gia đình, dòng họ học tập tiêu biểu.',
		body: md(
			'Từ ngày 1 đến 7/10/2026, xã Yên Lãng tổ chức nhiều hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026, thu hút hơn 1.500 học sinh cùng đông đảo phụ huynh và người dân tham gia.',
			'## Ngày hội sách tại 7 trường học',
			'Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn đồng loạt tổ chức ngày hội sách với các hoạt động: trưng bày sách theo chủ đề, thi giới thiệu sách hay, đổi sách cũ lấy sách mới. Riêng Trường THPT Yên Lãng tổ chức buổi giao lưu với một cựu học sinh nay là nhà văn trẻ.',
			'## Góc trải nghiệm số',
			ul(
				'Hướng dẫn tạo mật khẩu mạnh, bảo vệ tài khoản mạng xã hội;',
				'Phân biệt tin thật, tin giả trên mạng;',
				'Thực hành tìm kiếm tài liệu học tập miễn phí, uy tín.'
			),
			'## Biểu dương gương học tập',
			'Tại buổi tổng kết ngày 7/10, Hội Khuyến học xã biểu dương 12 gia đình, dòng họ học tập tiêu biểu, trong đó có dòng họ Nguyễn Đình ở thôn Đạm Xuyên và gia đình bà Hoàng Thị Xuân ở thôn Phú Đa.',
			'Cũng trong Tuần lễ, quỹ khuyến học xã tiếp nhận 74.200.000 đồng do các tập thể, cá nhân ủng hộ. Danh sách ủng hộ được công khai trên nền tảng Suốt Đời. Thông tin về hoạt động của ngành giáo dục Thủ đô được đăng tại [hanoi.edu.vn](https://hanoi.edu.vn).'
		),
		scope: 'xa-yen-lang',
		publishedAt: '2026-10-08T02:00:00.000Z',
		status: 'published'
	},

	// ——— xã Tiến Thắng ———
	{
		key: 'tt-lop-chan-nuoi-ga-tam-xa',
		kind: 'announcement',
		title: 'Thông báo mở lớp kỹ thuật chăn nuôi gà thả vườn an toàn sinh học tại thôn Tam Xá',
		summary:
			'Lớp học miễn phí gồm 4 buổi, khai giảng chiều thứ Hai 22/9/2025 tại nhà văn hóa thôn Tam Xá; ưu tiên các hộ đang chăn nuôi quy mô nhỏ, nhận đăng ký đến hết ngày 20/9/2025.',
		body: md(
			'Trung tâm học tập cộng đồng xã Tiến Thắng phối hợp với Hội Nông dân xã và cán bộ thú y thông báo mở lớp **kỹ thuật chăn nuôi gà thả vườn an toàn sinh học**.',
			'## Nội dung',
			ul(
				'Chọn giống, làm chuồng trại hợp vệ sinh, bố trí vườn thả;',
				'Phối trộn thức ăn từ nguyên liệu sẵn có, giảm chi phí chăn nuôi;',
				'Lịch tiêm phòng, nhận biết sớm và phòng các bệnh thường gặp ở gà;',
				'Ghi chép sổ sách, tính toán hiệu quả kinh tế.'
			),
			'## Thời gian, địa điểm',
			'Lớp học gồm 4 buổi vào chiều thứ Hai và thứ Năm, từ 14 giờ đến 16 giờ 30, khai giảng **thứ Hai, ngày 22/9/2025** tại nhà văn hóa thôn Tam Xá. Buổi cuối có phần tham quan mô hình chăn nuôi của một hộ tiêu biểu trong thôn.',
			'## Đăng ký',
			'Lớp nhận tối đa 40 học viên, ưu tiên các hộ đang chăn nuôi quy mô nhỏ ở các thôn Tam Xá, Đông Mạc, Đồng Nhân và Hậu Lộc. Học viên được cấp tài liệu và giấy chứng nhận hoàn thành khóa học.',
			'Bà con đăng ký với chi hội nông dân thôn hoặc trên nền tảng Suốt Đời **đến hết ngày 20/9/2025**. Liên hệ: anh Nguyễn Văn Quyết, cán bộ Trung tâm học tập cộng đồng xã Tiến Thắng.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2025-09-12T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-anh-khai-ap-dung-vietgap-dong-mac',
		kind: 'story',
		title: 'Anh Đỗ Văn Khải ở thôn Đông Mạc: áp dụng VietGAP, ruộng rau cho thu nhập tăng gấp rưỡi',
		summary:
			'Sau lớp tập huấn tại Trung tâm học tập cộng đồng, anh Khải chuyển 5 sào rau sang sản xuất theo VietGAP, có đầu ra ổn định với bếp ăn trường học và chia sẻ kinh nghiệm cho 12 hộ trong thôn.',
		body: md(
			'Ba năm trước, ruộng rau của gia đình anh Đỗ Văn Khải, 42 tuổi, ở thôn Đông Mạc, xã Tiến Thắng cũng như nhiều hộ khác: bán cho thương lái với giá bấp bênh, nhiều khi phải đổ bỏ vì không ai thu mua.',
			'## Bước ngoặt từ một lớp học',
			'Năm 2023, anh Khải tham gia lớp kỹ thuật trồng rau an toàn theo tiêu chuẩn VietGAP do Trung tâm học tập cộng đồng tổ chức. "Lúc đầu tôi nghĩ ghi nhật ký sản xuất là việc thừa, nhưng chính cuốn nhật ký giúp mình biết bón gì, phun gì, lúc nào thu hoạch được", anh kể.',
			'Anh mạnh dạn chuyển 5 sào rau sang sản xuất theo quy trình mới:',
			ul(
				'xây bể chứa nước sạch, thay nước ao bằng nước giếng khoan đã qua lọc;',
				'dùng phân hữu cơ ủ hoai, thuốc sinh học, tuân thủ thời gian cách ly;',
				'ghi nhật ký đầy đủ, dán mã truy xuất nguồn gốc lên sản phẩm.'
			),
			'## Có đầu ra, có thu nhập',
			'Nhờ sản phẩm rõ nguồn gốc, rau của anh Khải được hai bếp ăn trường học và một cửa hàng thực phẩm sạch ở Hà Nội đặt mua thường xuyên. Thu nhập từ ruộng rau tăng khoảng gấp rưỡi so với trước, đạt khoảng 180.000.000 đồng mỗi năm.',
			'Không giữ kinh nghiệm cho riêng mình, anh Khải đã hướng dẫn 12 hộ trong thôn cùng làm, hình thành tổ hợp tác rau an toàn. Anh cũng thường được Trung tâm học tập cộng đồng mời chia sẻ tại các lớp tập huấn cho nông dân.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2025-10-28T03:00:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-cong-nhan-dong-ho-hoc-tap-2025',
		kind: 'news',
		title: 'Xã Tiến Thắng công nhận 17 dòng họ học tập và 10.954 gia đình học tập năm 2025',
		summary:
			'Năm 2025, xã Tiến Thắng có 17 dòng họ, 10.954 hộ gia đình và 21 thôn được công nhận danh hiệu học tập; tỷ lệ gia đình học tập đạt 89,6% số hộ đăng ký.',
		body: md(
			'Ngày 21/11/2025, Ủy ban nhân dân xã Tiến Thắng ban hành quyết định công nhận các danh hiệu học tập năm 2025. Đây là lần đầu tiên việc bình xét được thực hiện thống nhất trên toàn địa bàn xã mới.',
			'## Kết quả',
			ul(
				'**17 dòng họ** được công nhận Dòng họ học tập trên 19 dòng họ đăng ký;',
				'**10.954 hộ** được công nhận Gia đình học tập trên 12.225 hộ đăng ký, đạt 89,6%;',
				'21 thôn đạt danh hiệu Cộng đồng học tập cấp thôn;',
				'18 trường học, cơ quan được công nhận Đơn vị học tập.'
			),
			'## Những dòng họ tiêu biểu',
			'Nhiều dòng họ có cách làm hay trong khuyến học, như dòng họ Trần ở thôn Tự Khoát duy trì quỹ khuyến học hơn 60.000.000 đồng, dòng họ Nguyễn ở thôn Hậu Lộc tổ chức trao thưởng cho con cháu ngay trong ngày khai giảng.',
			'## Tiếp tục nâng chất lượng',
			'Theo Hội Khuyến học xã, bên cạnh số lượng, việc bình xét năm nay chú trọng hơn đến minh chứng thực tế: mỗi gia đình phải có ít nhất một thành viên tham gia một nội dung học tập trong năm, trẻ em trong độ tuổi đều được đến trường.',
			'Giấy chứng nhận được trao tại hội nghị tổng kết của các thôn trong tháng 12/2025. Số liệu tổng hợp theo từng thôn được công khai trên nền tảng Suốt Đời.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2025-12-03T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-chi-mai-tu-sach-tu-khoat',
		kind: 'story',
		title: 'Chị Trần Thị Mai và tủ sách cộng đồng ở thôn Tự Khoát: 1.200 cuốn sách từ những tấm lòng',
		summary:
			'Bắt đầu từ vài chục cuốn sách của gia đình, chị Mai đã vận động bà con, thầy cô và người con xa quê gây dựng tủ sách cộng đồng hơn 1.200 cuốn, mở cửa miễn phí mỗi buổi chiều.',
		body: md(
			'Chiều nào cũng vậy, căn phòng nhỏ cạnh nhà văn hóa thôn Tự Khoát, xã Tiến Thắng lại rộn tiếng trẻ con. Đó là tủ sách cộng đồng do chị Trần Thị Mai, 45 tuổi, tình nguyện trông coi từ năm 2021.',
			'## Từ vài chục cuốn sách',
			'Ban đầu, chị Mai chỉ mang khoảng 50 cuốn sách cũ của các con ra nhà văn hóa để trẻ trong xóm đọc khi chờ bố mẹ. Thấy các cháu thích thú, chị đăng lời kêu gọi lên nhóm tin nhắn của thôn. Chỉ sau vài tháng, bà con, thầy cô giáo và những người con làm ăn xa đã gửi về hàng trăm cuốn sách.',
			'## Tủ sách hôm nay',
			ul(
				'Hơn **1.200 cuốn sách**, gồm truyện thiếu nhi, sách tham khảo, sách kỹ thuật nông nghiệp và pháp luật;',
				'Mở cửa miễn phí từ 16 giờ đến 18 giờ các ngày trong tuần, cả ngày Chủ nhật;',
				'Sổ mượn sách được chuyển dần sang nền tảng Suốt Đời để dễ theo dõi.'
			),
			'Mỗi tháng, chị Mai tổ chức một buổi đọc sách chung, mời các cháu kể lại câu chuyện mình thích. Nhiều phụ huynh cho biết con họ bớt xem điện thoại, ham đọc hơn hẳn.',
			'## Được ghi nhận',
			'Năm 2025, tủ sách nhận thêm 300 cuốn sách và 5.000.000 đồng do Hội Khuyến học xã hỗ trợ. Chị Mai được Ủy ban nhân dân xã biểu dương là gương người tốt việc tốt. "Tôi chỉ mong cái tủ sách này còn mãi, để các cháu lớn lên có thêm một nơi để đến", chị nói.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2026-02-10T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-khao-sat-nhu-cau-hoc-tap-2026',
		kind: 'news',
		title: 'Trung tâm học tập cộng đồng xã Tiến Thắng khảo sát nhu cầu học tập của người dân năm 2026',
		summary:
			'Từ ngày 15/5 đến 15/6/2026, người dân xã Tiến Thắng được mời trả lời phiếu khảo sát nhu cầu học tập, làm căn cứ xây dựng chương trình lớp học năm 2026–2027.',
		body: md(
			'Để các lớp học sát với nhu cầu thực tế, Trung tâm học tập cộng đồng xã Tiến Thắng tổ chức khảo sát nhu cầu học tập của người dân từ ngày **15/5 đến hết ngày 15/6/2026**.',
			'## Cách tham gia',
			ul(
				'Trả lời phiếu khảo sát trực tuyến trên nền tảng Suốt Đời, mục Khảo sát, mất khoảng 5 phút;',
				'Hoặc điền phiếu giấy tại nhà văn hóa thôn, gửi lại cho trưởng thôn hoặc chi hội khuyến học;',
				'Người cao tuổi có thể nhờ tình nguyện viên đoàn thanh niên hỗ trợ điền phiếu tại nhà.'
			),
			'## Nội dung khảo sát',
			'Phiếu hỏi người dân muốn học nội dung gì (kỹ thuật nông nghiệp, nghề ngắn hạn, kỹ năng số, ngoại ngữ, pháp luật, sức khỏe…), hình thức học phù hợp (trực tiếp, trực tuyến hay kết hợp) và khung giờ thuận tiện.',
			'Phiếu khảo sát không yêu cầu ghi họ tên. Kết quả chỉ được tổng hợp theo thôn và nhóm tuổi, dùng để xây dựng kế hoạch hoạt động của trung tâm.',
			'## Kết quả sẽ được công bố',
			'Trung tâm sẽ công bố kết quả tổng hợp và dự kiến danh sách lớp học năm 2026–2027 trên nền tảng Suốt Đời vào tháng 7/2026.',
			'*Cập nhật: khảo sát đã kết thúc. Trân trọng cảm ơn 2.310 người dân đã tham gia.*'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2026-05-14T02:00:00.000Z',
		status: 'archived'
	},
	{
		key: 'tt-lop-suc-khoe-dinh-duong-nguoi-cao-tuoi',
		kind: 'announcement',
		title: 'Thông báo mở lớp chăm sóc sức khỏe, dinh dưỡng cho người cao tuổi xã Tiến Thắng',
		summary:
			'Lớp học miễn phí gồm 4 buổi vào sáng thứ Ba, khai giảng ngày 22/9/2026 tại hội trường Trung tâm học tập cộng đồng xã; nhận đăng ký đến hết ngày 18/9/2026.',
		body: md(
			'Đáp ứng nhu cầu của người dân qua khảo sát năm 2026, Trung tâm học tập cộng đồng xã Tiến Thắng phối hợp với Trạm Y tế và Hội Người cao tuổi xã mở lớp **chăm sóc sức khỏe, dinh dưỡng cho người cao tuổi**.',
			'## Nội dung',
			ul(
				'Chế độ ăn uống hợp lý cho người mắc bệnh tăng huyết áp, tiểu đường;',
				'Vận động, tập luyện nhẹ nhàng phù hợp với người cao tuổi;',
				'Phòng ngừa té ngã, chăm sóc giấc ngủ và sức khỏe tinh thần;',
				'Sử dụng thuốc an toàn, cảnh giác với quảng cáo thực phẩm chức năng sai sự thật trên mạng.'
			),
			'## Thời gian, địa điểm',
			'Lớp học gồm 4 buổi vào sáng thứ Ba hằng tuần, từ 8 giờ đến 10 giờ, khai giảng **thứ Ba, ngày 22/9/2026** tại hội trường Trung tâm học tập cộng đồng xã Tiến Thắng. Sau mỗi buổi học, học viên được đo huyết áp miễn phí.',
			'## Đăng ký',
			'Người từ 60 tuổi trở lên và người chăm sóc người cao tuổi trong gia đình đăng ký với chi hội người cao tuổi thôn hoặc trên nền tảng Suốt Đời **đến hết ngày 18/9/2026**.',
			'Liên hệ: chị Nguyễn Thị Hồng, cán bộ Trung tâm học tập cộng đồng xã, hoặc y sĩ Lê Thị Thảo, Trạm Y tế xã Tiến Thắng.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2026-09-08T02:00:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-phat-dong-tuan-le-2026-tu-sach-moi',
		kind: 'news',
		title: 'Xã Tiến Thắng phát động Tuần lễ hưởng ứng học tập suốt đời 2026, ra mắt 5 tủ sách cộng đồng mới',
		summary:
			'Lễ phát động sáng 1/10/2026 gắn với việc ra mắt 5 tủ sách cộng đồng tại các thôn, trao 40 suất học bổng và giới thiệu 18 lớp học mới của Trung tâm học tập cộng đồng xã.',
		body: md(
			'Sáng 1/10/2026, tại sân Trường THCS Tiến Thắng, xã Tiến Thắng tổ chức lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2026 với sự tham gia của hơn 500 học sinh, giáo viên và người dân.',
			'## Năm tủ sách mới',
			'Nhân dịp này, 5 tủ sách cộng đồng mới được ra mắt tại các thôn Cư An, Yên Hội, Nam Hạ, Bình Lộc và Thắng Trí, nâng tổng số tủ sách trên địa bàn xã lên 19. Mỗi tủ có từ 300 đến 500 cuốn sách, do người dân, nhà trường và doanh nghiệp quyên góp.',
			'## Học bổng và lớp học mới',
			ul(
				'Trao 40 suất học bổng, mỗi suất 1.000.000 đồng, cho học sinh vượt khó;',
				'Giới thiệu 18 lớp học năm 2026–2027, xây dựng từ kết quả khảo sát nhu cầu học tập với hơn 2.300 người trả lời;',
				'Hướng dẫn người dân đăng ký lớp học và tự đánh giá Công dân học tập trên nền tảng Suốt Đời.'
			),
			'Phát biểu tại buổi lễ, đại diện Ủy ban nhân dân xã đề nghị các thôn, trường học tổ chức hoạt động thiết thực trong cả tuần, gắn với phong trào "dạy tốt, học tốt" trong nhà trường và xây dựng gia đình học tập ở mỗi khu dân cư.',
			'Chương trình chi tiết các ngày trong Tuần lễ được đăng trên nền tảng Suốt Đời.'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2026-10-05T01:30:00.000Z',
		status: 'published'
	},
	{
		key: 'tt-em-minh-nhom-cung-hoc-toan',
		kind: 'story',
		title: 'Em Minh, 12 tuổi, và nhóm "Cùng học Toán": khi học sinh chia sẻ cách học cho nhau',
		summary:
			'Nhóm học tập do Minh và các bạn lớp 7 lập ra đã giúp nhiều bạn tiến bộ môn Toán; cách làm được thầy cô giới thiệu trong mục chia sẻ phương pháp học của nền tảng.',
		body: md(
			'Đầu năm học 2026–2027, Minh, 12 tuổi, học sinh lớp 7 Trường THCS Tiến Thắng, cùng ba bạn trong lớp lập nhóm "Cùng học Toán". Ý tưởng rất đơn giản: bạn nào hiểu bài thì giảng lại cho bạn chưa hiểu.',
			'## Cách nhóm học',
			ul(
				'Mỗi tuần gặp nhau hai buổi sau giờ học, tại thư viện trường, có cô giáo chủ nhiệm theo dõi và hỗ trợ;',
				'Mỗi bạn phụ trách giải thích một dạng bài, vẽ sơ đồ tóm tắt lên bảng nhỏ;',
				'Cả nhóm chép những lỗi sai hay gặp vào một cuốn sổ chung để cùng rút kinh nghiệm.'
			),
			'## Chia sẻ để cùng tiến bộ',
			'Sau hai tháng, nhóm đã có 11 thành viên. Nhiều bạn trước đây sợ môn Toán nay đã mạnh dạn xung phong lên bảng. Cô giáo chủ nhiệm nhận xét: "Các em giảng cho nhau bằng ngôn ngữ của các em, nên bạn dễ hiểu hơn."',
			'Được sự đồng ý của nhà trường và phụ huynh, nhóm đã viết bài chia sẻ phương pháp học trong mục dành cho học sinh trên nền tảng Suốt Đời. Bài viết đã được thầy cô kiểm duyệt và chỉ ghi tên, tuổi của các em.',
			'Minh cho biết: "Khi giảng cho bạn, em phải hiểu thật kỹ, nên em cũng học được nhiều hơn."',
			'*Bản nháp: chờ nhà trường và phụ huynh xác nhận trước khi đăng.*'
		),
		scope: 'xa-tien-thang',
		publishedAt: '2026-11-22T02:00:00.000Z',
		status: 'draft'
	}
];
