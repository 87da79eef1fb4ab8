/**
 * Demo programmes of the four community learning centres (Quang Minh, Mê Linh, Yên Lãng, Tiến
 * Thắng) for the year December 2026 – November 2027; the demo clock stands at 2026-11-29, so a
 * few classes are already running, and five begun in October 2026 are over (their learners hold
 * certificates when the demo residents are loaded). Pure data, no I/O: a published in-person or
 * blended course lists its classes, each held in a village's cultural house (nhà văn hóa), at the
 * centre or at the organising school; `classSessions` turns a class's weekdays into dated sessions.
 *
 * ILLUSTRATIVE: every course, class, teacher, capacity, date and figure below is invented for
 * the demo; no teacher is a real person. Village and organisation names come from
 * places/demo/me-linh.data.ts (themselves illustrative). Laws, programmes and apps named in the
 * descriptions (Luật Đất đai 2024, VietGAP, OCOP, VNeID …) exist, but are described only in
 * general terms: check before presenting any of it as guidance.
 */

export type DemoCentre = 'ttht-quang-minh' | 'ttht-me-linh' | 'ttht-yen-lang' | 'ttht-tien-thang';
export type DemoTopic = 'digital_skills' | 'agriculture' | 'law' | 'health' | 'languages' | 'vocational' | 'literacy' | 'culture' | 'other';
export type DemoMode = 'in_person' | 'online' | 'blended';
/** Vietnamese weekday names: thứ Hai (T2) … thứ Bảy (T7), Chủ nhật (CN). */
export type Day = 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'CN';

export interface DemoClass {
	/** a village key of the commune (its cultural house), 'centre', or 'organiser' (the school) */
	place: string;
	/** when the place alone does not tell two classes of a course apart */
	title?: string;
	teacher: string;
	capacity: number;
	/** the first session falls on the first of `days` from this date on */
	from: string;
	days: Day[];
	/** filled, with a waiting list, when the demo residents are loaded */
	full?: boolean;
}

export interface DemoCourse {
	key: string;
	centre: DemoCentre;
	/** a school or association branch of the same commune; the centre when absent */
	organiser?: string;
	title: string;
	topic: DemoTopic;
	audience: string;
	description: string;
	mode: DemoMode;
	hours: number;
	/** sessions per class; hours / 2 when absent (a session lasts two hours) */
	sessions?: number;
	status: 'published' | 'draft' | 'archived';
	/** who is placed in its classes in the demo: ages (at the demo date), and gender */
	ages?: [number, number];
	gender?: 'male' | 'female';
	/** the topics of the sessions, in order */
	outline?: string[];
	classes: DemoClass[];
}

const k = (place: string, teacher: string, capacity: number, from: string, days: Day[], extra: Partial<DemoClass> = {}): DemoClass => ({ place, teacher, capacity, from, days, ...extra });

/** Markdown blocks separated by a blank line. */
const md = (...blocks: string[]) => blocks.join('\n\n');

// ——— Xã Quang Minh ———

const QUANG_MINH: DemoCourse[] = [
	{
		key: 'qm-ky-nang-so-co-ban',
		centre: 'ttht-quang-minh',
		title: 'Kỹ năng số cơ bản',
		topic: 'digital_skills',
		audience: 'Người dân từ 15 tuổi trở lên mới làm quen với điện thoại thông minh và Internet',
		description: md(
			'Khóa học **trực tuyến**, học lúc nào cũng được trên điện thoại hoặc máy tính. Nội dung gồm: làm quen với điện thoại thông minh, tìm kiếm thông tin, nhắn tin và gọi video, tạo và bảo vệ tài khoản cá nhân.',
			'Cuối mỗi bài có câu hỏi ôn tập; hoàn thành tất cả các bài và đạt bài kiểm tra cuối khóa để được ghi nhận kết quả. Ai cần hỗ trợ có thể đến Trung tâm học tập cộng đồng xã trong giờ hành chính.'
		),
		mode: 'online',
		hours: 12,
		status: 'published',
		classes: []
	},
	{
		key: 'qm-thanh-toan-khong-tien-mat',
		centre: 'ttht-quang-minh',
		title: 'Thanh toán không dùng tiền mặt',
		topic: 'digital_skills',
		audience: 'Tiểu thương, hộ kinh doanh và người dân muốn dùng ứng dụng ngân hàng',
		description:
			'Hướng dẫn cài đặt ứng dụng ngân hàng trên điện thoại, chuyển khoản bằng mã QR, thanh toán tiền điện, nước và học phí trực tuyến. Học viên thực hành trên điện thoại của mình, có giảng viên kèm từng người. Buổi cuối dành riêng cho việc giữ an toàn tài khoản: **không chia sẻ mã OTP**, nhận diện tin nhắn giả mạo ngân hàng.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 70],
		outline: ['Cài đặt và đăng nhập ứng dụng ngân hàng', 'Chuyển khoản, quét mã QR khi mua bán', 'Thanh toán tiền điện, nước, học phí', 'Giữ an toàn tài khoản và mã OTP'],
		classes: [
			k('tdp-yen-thi', 'Cô Nguyễn Thị Thu Hà', 30, '2026-12-02', ['T4']),
			k('tdp-chi-dong', 'Thầy Phạm Quang Huy', 30, '2027-04-04', ['CN'])
		]
	},
	{
		key: 'qm-tri-tue-nhan-tao',
		centre: 'ttht-quang-minh',
		title: 'Làm quen trí tuệ nhân tạo (AI) trong học tập và công việc',
		topic: 'digital_skills',
		audience: 'Thanh niên, giáo viên, cán bộ thôn và tổ dân phố',
		description: md(
			'Giới thiệu các công cụ trí tuệ nhân tạo phổ biến và cách dùng chúng để soạn văn bản, tóm tắt tài liệu, tra cứu thông tin.',
			'Khóa học nhấn mạnh việc **kiểm tra lại** thông tin do AI đưa ra và không nhập thông tin cá nhân, bí mật công việc vào các công cụ này. Học viên học 6 buổi trên lớp và làm bài thực hành trực tuyến giữa các buổi.'
		),
		mode: 'blended',
		hours: 16,
		sessions: 6,
		status: 'published',
		ages: [18, 55],
		classes: [k('centre', 'Thầy Đỗ Minh Quân', 35, '2027-03-09', ['T3', 'T5'])]
	},
	{
		key: 'qm-tieng-anh-hoc-sinh',
		centre: 'ttht-quang-minh',
		organiser: 'thcs-quang-minh',
		title: 'Tiếng Anh giao tiếp cho học sinh',
		topic: 'languages',
		audience: 'Học sinh từ lớp 6 đến lớp 9 trên địa bàn xã',
		description:
			'Lớp luyện nghe, nói tiếng Anh theo những chủ đề gần gũi: giới thiệu bản thân, gia đình, trường lớp, hỏi đường, mua sắm. Giờ học chủ yếu là trò chơi, đóng vai và thuyết trình ngắn theo nhóm. Lớp do giáo viên Trường THCS Quang Minh phụ trách, học vào sáng Chủ nhật, không thu học phí.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [11, 15],
		classes: [
			k('organiser', 'Cô Trần Thị Minh Phương', 25, '2026-12-06', ['CN'], { full: true }),
			k('tdp-xuan-phuong', 'Thầy Lê Đức Anh', 30, '2027-03-07', ['CN'])
		]
	},
	{
		key: 'qm-tieng-han',
		centre: 'ttht-quang-minh',
		title: 'Tiếng Hàn sơ cấp cho người lao động',
		topic: 'languages',
		audience: 'Công nhân, người lao động đang làm việc tại Khu công nghiệp Quang Minh',
		description: md(
			'Dành cho người lao động muốn giao tiếp tốt hơn trong doanh nghiệp có vốn Hàn Quốc hoặc chuẩn bị đi làm việc ở nước ngoài theo hợp đồng. Học viên học bảng chữ cái Hangeul, mẫu câu giao tiếp nơi làm việc và từ vựng về an toàn lao động.',
			'Lớp học buổi tối, hai buổi mỗi tuần, kết hợp bài luyện nghe trực tuyến để tự học thêm ở nhà.'
		),
		mode: 'blended',
		hours: 48,
		sessions: 16,
		status: 'published',
		ages: [18, 40],
		classes: [
			k('centre', 'Cô Hoàng Thị Ngọc Ánh', 35, '2027-03-01', ['T2', 'T4'], { title: 'Lớp tại trung tâm, khai giảng tháng 3' }),
			k('centre', 'Cô Hoàng Thị Ngọc Ánh', 35, '2027-09-06', ['T2', 'T4'], { title: 'Lớp tại trung tâm, khai giảng tháng 9' })
		]
	},
	{
		key: 'qm-lua-dao-qua-mang',
		centre: 'ttht-quang-minh',
		title: 'Phòng chống lừa đảo qua mạng',
		topic: 'law',
		audience: 'Người dân mọi lứa tuổi, nhất là người cao tuổi và cha mẹ học sinh',
		description: md(
			'Cán bộ Công an xã giới thiệu những thủ đoạn lừa đảo thường gặp: giả danh công an, ngân hàng, nhân viên điện lực; dụ dỗ đầu tư, “việc nhẹ lương cao”; đường link và ứng dụng giả mạo. Mỗi buổi có tình huống thực tế để người học tập nhận diện và xử lý.',
			'Nguyên tắc cần nhớ: **không chuyển tiền, không đọc mã OTP** cho người lạ; gặp nghi vấn thì báo ngay cho Công an xã.'
		),
		mode: 'in_person',
		hours: 8,
		status: 'published',
		outline: ['Nhận diện cuộc gọi giả danh công an, ngân hàng', 'Tin nhắn, đường link lạ và ứng dụng giả mạo', 'Bảo vệ mã OTP và tài khoản ngân hàng', 'Bị lừa thì làm gì: trình báo và ngăn chặn'],
		classes: [
			k('thon-noi-dong', 'Thượng úy Nguyễn Văn Thành', 40, '2026-11-15', ['CN']),
			k('tdp-giai-lac', 'Thượng úy Nguyễn Văn Thành', 40, '2026-12-04', ['T6']),
			k('thon-van-loi', 'Trung úy Bùi Đức Mạnh', 40, '2027-01-10', ['CN']),
			k('centre', 'Trung úy Bùi Đức Mạnh', 40, '2026-10-04', ['CN'])
		]
	},
	{
		key: 'qm-phap-luat-dat-dai',
		centre: 'ttht-quang-minh',
		title: 'Pháp luật về đất đai cho người dân',
		topic: 'law',
		audience: 'Người dân, cán bộ thôn và tổ dân phố',
		description:
			'Giới thiệu những quy định của Luật Đất đai năm 2024 mà người dân hay cần đến: cấp giấy chứng nhận quyền sử dụng đất, chuyển nhượng, tặng cho, thừa kế, tách thửa và giải quyết tranh chấp. Mỗi buổi dành thời gian hỏi đáp với công chức địa chính xã. Tài liệu phát tay ngắn gọn, dễ hiểu.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		ages: [25, 80],
		classes: [
			k('centre', 'Ông Trần Văn Khải', 40, '2027-04-01', ['T5']),
			k('thon-do-thuong', 'Ông Trần Văn Khải', 35, '2027-05-09', ['CN'])
		]
	},
	{
		key: 'qm-so-cuu-ban-dau',
		centre: 'ttht-quang-minh',
		title: 'Sơ cứu ban đầu',
		topic: 'health',
		audience: 'Người dân, giáo viên, cán bộ thôn, tổ dân phố và tình nguyện viên',
		description:
			'Khóa học thực hành do Trạm Y tế xã phối hợp tổ chức. Học viên học cách xử trí khi gặp người bị ngất, đuối nước, bỏng, chảy máu, gãy xương hay hóc dị vật, và thực hành ép tim ngoài lồng ngực trên mô hình. Cuối khóa, mỗi học viên tự làm lại các thao tác dưới sự hướng dẫn của nhân viên y tế.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		outline: ['Đánh giá hiện trường, gọi cấp cứu 115', 'Cầm máu, băng bó vết thương', 'Xử trí bỏng, điện giật', 'Sơ cứu gãy xương, cố định và vận chuyển', 'Hóc dị vật, đuối nước', 'Ép tim ngoài lồng ngực: thực hành trên mô hình'],
		classes: [
			k('centre', 'Bác sĩ Vũ Thị Hồng Nhung', 30, '2026-11-01', ['CN']),
			k('tdp-bach-tru', 'Điều dưỡng Lê Thị Hạnh', 30, '2027-06-05', ['T7'])
		]
	},
	{
		key: 'qm-mam-non-tai-gia-dinh',
		centre: 'ttht-quang-minh',
		organiser: 'mn-chi-dong',
		title: 'Chăm sóc, giáo dục trẻ mầm non tại gia đình',
		topic: 'other',
		audience: 'Cha mẹ, ông bà có con cháu đang học mầm non',
		description:
			'Giáo viên Trường Mầm non Chi Đông chia sẻ cách cùng trẻ “chơi mà học” ở nhà, rèn nề nếp ăn, ngủ, vệ sinh và hạn chế cho trẻ xem điện thoại. Mỗi buổi có góc trưng bày đồ chơi tự làm từ vật liệu sẵn có. Phụ huynh có thể đưa trẻ theo; nhà trường bố trí người trông trẻ trong giờ học.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [20, 70],
		classes: [k('organiser', 'Cô Nguyễn Thị Bích Ngọc', 40, '2027-02-21', ['CN'])]
	},
	{
		key: 'qm-rau-thung-xop',
		centre: 'ttht-quang-minh',
		title: 'Trồng rau sạch trong thùng xốp, trên sân thượng',
		topic: 'agriculture',
		audience: 'Hộ gia đình ở các tổ dân phố, người nghỉ hưu',
		description:
			'Hướng dẫn trồng rau ăn lá, rau gia vị trong thùng xốp, chậu, khay trên sân thượng hoặc ban công. Học viên tự phối trộn giá thể, ủ phân hữu cơ từ rác nhà bếp và làm hệ thống tưới nhỏ giọt đơn giản. Mỗi học viên được nhận một gói hạt giống để trồng thử tại nhà.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		classes: [
			k('tdp-gia-trung', 'Kỹ sư Phạm Thị Lan Anh', 30, '2027-02-28', ['CN']),
			k('tdp-tan-tien', 'Kỹ sư Phạm Thị Lan Anh', 30, '2027-08-04', ['T4'])
		]
	},
	{
		key: 'qm-cay-co-mui',
		centre: 'ttht-quang-minh',
		title: 'Trồng và chăm sóc cây ăn quả có múi theo hướng hữu cơ',
		topic: 'agriculture',
		audience: 'Hộ trồng bưởi, cam ở các thôn Bạch Đa, Ngọc Trì, Kim Tiền',
		description:
			'Kỹ thuật chọn giống, bón phân hữu cơ, cắt tỉa tạo tán và quản lý sâu bệnh trên cây bưởi, cam theo hướng hạn chế thuốc hóa học. Giờ thực hành tổ chức ngay tại vườn của các hộ trong thôn. Khóa học giúp các hộ ghi chép sản xuất để liên kết bán sản phẩm qua hợp tác xã.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		classes: [
			k('thon-bach-da', 'Kỹ sư Ngô Văn Tùng', 30, '2027-01-10', ['CN']),
			k('thon-ngoc-tri', 'Kỹ sư Ngô Văn Tùng', 30, '2027-08-01', ['CN'])
		]
	},
	{
		key: 'qm-dien-dan-dung',
		centre: 'ttht-quang-minh',
		title: 'Sửa chữa điện dân dụng',
		topic: 'vocational',
		audience: 'Thanh niên, lao động nông thôn từ 18 tuổi',
		description:
			'Khóa học nghề ngắn hạn: đọc sơ đồ điện, lắp đặt đường dây và thiết bị điện trong nhà, sửa quạt, nồi cơm điện, máy bơm và các đồ dùng thông dụng. Học viên thực hành trên bàn lắp đặt với dụng cụ của trung tâm; an toàn điện được nhắc lại trong mọi buổi học. Người học đủ số buổi được cấp giấy xác nhận hoàn thành khóa học.',
		mode: 'in_person',
		hours: 32,
		status: 'published',
		ages: [18, 45],
		classes: [k('centre', 'Thầy Đinh Công Thắng', 25, '2027-02-23', ['T3', 'T5'])]
	},
	{
		key: 'qm-chong-tai-mu-chu',
		centre: 'ttht-quang-minh',
		title: 'Ôn đọc, viết và tính toán cho người lớn (chống tái mù chữ)',
		topic: 'literacy',
		audience: 'Người từ 15 đến 60 tuổi đã học xóa mù chữ hoặc đọc, viết chưa thạo',
		description:
			'Lớp học nhỏ, giờ giấc linh hoạt, giúp người học đọc trôi chảy, viết đúng chính tả và làm tốt các phép tính dùng hằng ngày. Bài đọc lấy từ những giấy tờ thường gặp: hóa đơn, đơn từ, hướng dẫn dùng thuốc, thông báo của thôn. Việc học được giữ kín đáo, tôn trọng người học.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [15, 60],
		classes: [k('thon-lam-ho', 'Cô Kiều Thị Thanh Xuân', 20, '2027-03-01', ['T2', 'T4'])]
	},
	{
		key: 'qm-hat-cheo-dan-ca',
		centre: 'ttht-quang-minh',
		title: 'Hát chèo và dân ca đồng bằng Bắc Bộ',
		topic: 'culture',
		audience: 'Hội viên câu lạc bộ văn nghệ, người yêu thích dân ca ở mọi lứa tuổi',
		description:
			'Nghệ nhân của câu lạc bộ chèo truyền dạy các làn điệu chèo cổ và dân ca quen thuộc, cách lấy hơi, nhả chữ, gõ phách. Cuối khóa, các học viên cùng dàn dựng một tiết mục để biểu diễn trong ngày hội văn hóa của xã.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		classes: [k('thon-dai-bai', 'Nghệ nhân Lê Thị Tuyết', 30, '2027-03-06', ['T7'])]
	},
	{
		key: 'qm-duong-sinh',
		centre: 'ttht-quang-minh',
		title: 'Dưỡng sinh và thể dục cho người cao tuổi',
		topic: 'health',
		audience: 'Người cao tuổi, hội viên Hội Người cao tuổi',
		description:
			'Các bài tập thở, dưỡng sinh và vận động nhẹ nhàng giúp giữ gìn sức khỏe, phòng ngã ở người cao tuổi. Hướng dẫn viên đo huyết áp trước mỗi buổi tập và điều chỉnh bài tập cho người có bệnh mạn tính. Học viên mặc quần áo thoải mái, mang theo khăn và nước uống.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [58, 90],
		classes: [
			k('thon-yen-phu', 'Bà Nguyễn Thị Hòa', 40, '2026-12-06', ['CN']),
			k('thon-yen-nhan', 'Bà Nguyễn Thị Hòa', 40, '2027-05-02', ['CN'])
		]
	},
	{
		key: 'qm-gia-dinh-hoc-tap',
		centre: 'ttht-quang-minh',
		organiser: 'hkh-quang-minh',
		title: 'Xây dựng gia đình học tập, dòng họ học tập',
		topic: 'other',
		audience: 'Trưởng dòng họ, chi hội khuyến học thôn và tổ dân phố',
		description: md(
			'Hội Khuyến học xã hướng dẫn tiêu chí và cách tự đánh giá các danh hiệu Gia đình học tập, Dòng họ học tập, Cộng đồng học tập cấp thôn. Các dòng họ có quỹ khuyến học hoạt động tốt chia sẻ kinh nghiệm vận động và khen thưởng con cháu học giỏi.',
			'Buổi cuối hướng dẫn đăng ký và theo dõi danh hiệu trên nền tảng Suốt Đời.'
		),
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [35, 85],
		classes: [k('centre', 'Ông Phan Văn Hiếu', 40, '2027-03-14', ['CN']), k('thon-dong-cao', 'Ông Phan Văn Hiếu', 40, '2026-10-11', ['CN'])]
	},
	{
		key: 'qm-con-tuoi-day-thi',
		centre: 'ttht-quang-minh',
		organiser: 'thcs-quang-minh',
		title: 'Đồng hành cùng con tuổi dậy thì',
		topic: 'other',
		audience: 'Cha mẹ học sinh THCS',
		description:
			'Giáo viên tư vấn tâm lý học đường trao đổi về những thay đổi tâm sinh lý của trẻ tuổi dậy thì, cách lắng nghe và trò chuyện với con. Chuyên đề cũng bàn về bắt nạt học đường, nghiện trò chơi điện tử và mạng xã hội. Phụ huynh có thể gửi câu hỏi trước để giáo viên chuẩn bị.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [30, 55],
		classes: [k('organiser', 'Cô Dương Thị Thanh Tâm', 40, '2027-04-11', ['CN'])]
	},
	{
		key: 'qm-an-toan-giao-thong',
		centre: 'ttht-quang-minh',
		organiser: 'th-quang-minh-a',
		title: 'An toàn giao thông cho học sinh tiểu học và phụ huynh',
		topic: 'law',
		audience: 'Học sinh tiểu học cùng cha mẹ',
		description:
			'Học sinh cùng phụ huynh học các quy tắc đi bộ, sang đường, ngồi sau xe máy và đội mũ bảo hiểm đúng cách. Giờ học có sa bàn, tranh ảnh và trò chơi đóng vai; buổi cuối thực hành sang đường tại nút giao gần trường với sự hỗ trợ của Công an xã.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [6, 50],
		classes: [k('organiser', 'Thầy Mai Văn Sơn', 40, '2027-09-05', ['CN'])]
	},
	{
		key: 'qm-phan-loai-rac',
		centre: 'ttht-quang-minh',
		title: 'Phân loại rác thải sinh hoạt tại nguồn',
		topic: 'other',
		audience: 'Hộ gia đình các tổ dân phố, tổ tự quản vệ sinh môi trường',
		description:
			'Hướng dẫn phân loại rác thải sinh hoạt thành rác thực phẩm, rác tái chế và rác khác; cách ủ rác thực phẩm thành phân bón cho cây. Học viên cùng bàn cách tổ chức thu gom rác theo loại ở tổ dân phố của mình.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		classes: [k('tdp-chi-dong', 'Bà Tạ Thị Loan', 40, '2027-06-04', ['T6'])]
	},
	{
		key: 'qm-tin-hoc-van-phong',
		centre: 'ttht-quang-minh',
		title: 'Tin học văn phòng cho thanh niên tìm việc',
		topic: 'digital_skills',
		audience: 'Thanh niên từ 16 đến 30 tuổi chuẩn bị đi làm',
		description:
			'Soạn thảo văn bản, lập bảng tính và trình chiếu; viết hồ sơ xin việc và thư điện tử. Khóa học đang được chuẩn bị, dự kiến mở lớp vào mùa hè năm 2027.',
		mode: 'in_person',
		hours: 30,
		status: 'draft',
		classes: []
	},
	{
		key: 'qm-dinh-danh-muc-2',
		centre: 'ttht-quang-minh',
		title: 'Kích hoạt tài khoản định danh điện tử mức 2',
		topic: 'digital_skills',
		audience: 'Người dân từ 14 tuổi trở lên',
		description:
			'Đợt hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 trên ứng dụng VNeID tại nhà văn hóa các thôn, tổ dân phố. Đợt hướng dẫn đã kết thúc; ai cần hỗ trợ xin liên hệ Công an xã.',
		mode: 'in_person',
		hours: 4,
		status: 'archived',
		classes: []
	}
];

// ——— Xã Mê Linh ———

const ME_LINH: DemoCourse[] = [
	{
		key: 'ml-ky-nang-so-nguoi-cao-tuoi',
		centre: 'ttht-me-linh',
		title: 'Kỹ năng số cơ bản cho người cao tuổi',
		topic: 'digital_skills',
		audience: 'Người cao tuổi, hội viên Hội Người cao tuổi các thôn',
		description: md(
			'Lớp học chậm rãi, chữ to, mỗi học viên có một đoàn viên thanh niên kèm cặp. Người học tập gọi video cho con cháu, đọc tin tức, xem thời tiết, dùng Zalo và nhận biết tin nhắn lừa đảo.',
			'Học viên mang theo điện thoại thông minh của mình; ai chưa có sẽ được mượn máy trong giờ học.'
		),
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [58, 90],
		outline: [
			'Làm quen với điện thoại: bật, tắt, sạc pin, chỉnh cỡ chữ',
			'Gọi điện, nhắn tin và lưu danh bạ',
			'Kết nối Wi-Fi, dùng 4G an toàn',
			'Zalo: nhắn tin, gọi video cho con cháu',
			'Chụp ảnh, xem và gửi ảnh',
			'Đọc báo, xem thời tiết, nghe nhạc',
			'Nhận biết tin nhắn, cuộc gọi lừa đảo',
			'Ôn tập và thực hành tự do'
		],
		classes: [
			k('thon-ha-loi', 'Cô Nguyễn Thị Kim Oanh', 25, '2026-11-01', ['CN'], { full: true }),
			k('thon-binh-xuyen', 'Thầy Trần Minh Đức', 25, '2027-03-02', ['T3', 'T5']),
			k('thon-thuong-le', 'Cô Nguyễn Thị Kim Oanh', 30, '2027-09-01', ['T4'])
		]
	},
	{
		key: 'ml-hoa-tet',
		centre: 'ttht-me-linh',
		title: 'Trồng và chăm sóc hoa cúc, hoa ly phục vụ Tết',
		topic: 'agriculture',
		audience: 'Hộ trồng hoa các thôn Hạ Lôi, Yên Bài, Thường Lệ',
		description:
			'Kỹ thuật điều khiển cho hoa nở đúng dịp Tết: điều chỉnh ánh sáng, nhiệt độ, chế độ tưới và bón phân cho cúc, ly. Hướng dẫn nhận biết và phòng trừ sớm các bệnh thường gặp trong mùa đông như thối nhũn, đốm lá. Giờ học thực hành ngay tại ruộng hoa của các hộ.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		classes: [k('thon-yen-bai', 'Kỹ sư Lê Văn Cường', 30, '2026-10-18', ['CN'])]
	},
	{
		key: 'ml-hoa-hong',
		centre: 'ttht-me-linh',
		title: 'Kỹ thuật trồng hoa hồng thương phẩm',
		topic: 'agriculture',
		audience: 'Hộ trồng hoa, thanh niên muốn lập nghiệp với nghề hoa',
		description:
			'Chọn giống hồng hợp thị trường, làm đất, ghép cành, tỉa nụ và bảo quản hoa sau khi cắt. Một buổi dành cho tham quan mô hình trồng hồng trong nhà lưới của Hợp tác xã Hoa cây cảnh Mê Linh. Khóa học khuyến khích ghi chép sản xuất để tiến tới chứng nhận an toàn.',
		mode: 'in_person',
		hours: 20,
		status: 'published',
		classes: [
			k('thon-thuong-le', 'Kỹ sư Lê Văn Cường', 30, '2027-03-03', ['T4']),
			k('thon-dai-loi', 'Kỹ sư Hồ Thị Mai', 30, '2027-08-08', ['CN'])
		]
	},
	{
		key: 'ml-ban-hang-mang-xa-hoi',
		centre: 'ttht-me-linh',
		title: 'Bán hoa và nông sản trên mạng xã hội',
		topic: 'digital_skills',
		audience: 'Hộ trồng hoa, hộ kinh doanh và thanh niên khởi nghiệp',
		description: md(
			'Hướng dẫn lập trang bán hàng, chụp ảnh và quay video sản phẩm bằng điện thoại, viết bài giới thiệu, phát trực tiếp và chốt đơn. Học viên học cách đóng gói, gửi hàng và nhận thanh toán qua ngân hàng.',
			'Ngoài 8 buổi trên lớp, học viên làm bài tập trên trang bán hàng của chính mình và được giảng viên nhận xét trực tuyến.'
		),
		mode: 'blended',
		hours: 24,
		sessions: 8,
		status: 'published',
		ages: [18, 50],
		classes: [
			k('centre', 'Thầy Vũ Hoàng Long', 35, '2026-12-01', ['T3', 'T5']),
			k('thon-khe-ngoai', 'Thầy Vũ Hoàng Long', 30, '2027-06-07', ['T2', 'T4'])
		]
	},
	{
		key: 'ml-thuoc-bvtv',
		centre: 'ttht-me-linh',
		title: 'Sử dụng thuốc bảo vệ thực vật an toàn, hiệu quả',
		topic: 'agriculture',
		audience: 'Người trồng hoa, trồng rau và lao động làm thuê phun thuốc',
		description:
			'Nguyên tắc “4 đúng” khi dùng thuốc bảo vệ thực vật, cách đọc nhãn thuốc, pha thuốc và bảo hộ lao động khi phun. Hướng dẫn thu gom vỏ bao bì thuốc đúng nơi quy định để bảo vệ nguồn nước. Cán bộ khuyến nông giới thiệu các biện pháp sinh học thay thế thuốc hóa học.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 70],
		classes: [k('thon-bong-lai', 'Kỹ sư Hồ Thị Mai', 40, '2027-01-17', ['CN'])]
	},
	{
		key: 'ml-lua-dao-nguoi-cao-tuoi',
		centre: 'ttht-me-linh',
		title: 'Phòng chống lừa đảo qua mạng cho người cao tuổi',
		topic: 'law',
		audience: 'Người cao tuổi và người chăm sóc người cao tuổi',
		description:
			'Nhận diện những chiêu lừa nhắm vào người cao tuổi: giả làm con cháu gặp nạn cần chuyển tiền gấp, bán “thuốc chữa bách bệnh”, mời nhận quà, báo trúng thưởng. Người học được tập xử lý tình huống qua điện thoại và biết số điện thoại cần gọi khi nghi ngờ. Con cháu có thể đi cùng ông bà để cùng học.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [55, 90],
		classes: [
			k('thon-an-canh', 'Đại úy Phạm Văn Nghĩa', 40, '2026-12-13', ['CN']),
			k('thon-van-quang', 'Đại úy Phạm Văn Nghĩa', 40, '2027-03-21', ['CN'])
		]
	},
	{
		key: 'ml-dinh-duong-mam-non',
		centre: 'ttht-me-linh',
		organiser: 'mn-tien-phong',
		title: 'Phòng chống suy dinh dưỡng và thừa cân ở trẻ mầm non',
		topic: 'health',
		audience: 'Cha mẹ, ông bà có con cháu dưới 6 tuổi',
		description:
			'Cán bộ y tế và giáo viên mầm non hướng dẫn cách xây dựng bữa ăn cân đối từ thực phẩm sẵn có ở địa phương, theo dõi cân nặng, chiều cao của trẻ bằng biểu đồ tăng trưởng. Một buổi thực hành nấu bột, cháo cho trẻ ăn dặm. Tài liệu kèm thực đơn mẫu cho cả tuần.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [20, 70],
		classes: [k('organiser', 'Cô Đặng Thị Thu Trang', 35, '2027-04-18', ['CN'])]
	},
	{
		key: 'ml-tieng-anh-tieu-hoc',
		centre: 'ttht-me-linh',
		organiser: 'th-me-linh',
		title: 'Tiếng Anh cho học sinh tiểu học qua trò chơi',
		topic: 'languages',
		audience: 'Học sinh từ lớp 3 đến lớp 5',
		description:
			'Trẻ học từ vựng và mẫu câu tiếng Anh qua bài hát, trò chơi và truyện tranh. Lớp học vào sáng Chủ nhật trong dịp hè, do giáo viên tiếng Anh của Trường Tiểu học Mê Linh phụ trách. Cha mẹ được mời dự buổi cuối để xem các con biểu diễn.',
		mode: 'in_person',
		hours: 20,
		status: 'published',
		ages: [8, 10],
		classes: [
			k('organiser', 'Cô Lý Thị Hương Giang', 30, '2027-06-06', ['CN']),
			k('thon-tan-trung', 'Thầy Chu Văn Bình', 25, '2027-06-06', ['CN'])
		]
	},
	{
		key: 'ml-hon-nhan-gia-dinh',
		centre: 'ttht-me-linh',
		title: 'Pháp luật về hôn nhân, gia đình và phòng, chống bạo lực gia đình',
		topic: 'law',
		audience: 'Các cặp vợ chồng trẻ, thành viên tổ hòa giải và chi hội phụ nữ thôn',
		description:
			'Những điểm chính của Luật Hôn nhân và gia đình và Luật Phòng, chống bạo lực gia đình: đăng ký kết hôn, quyền và nghĩa vụ giữa vợ chồng, giữa cha mẹ và con. Học viên tìm hiểu các hình thức bạo lực gia đình, cách hỗ trợ, bảo vệ người bị bạo lực và các địa chỉ tin cậy ở cộng đồng.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 60],
		classes: [k('thon-ha-loi', 'Bà Trịnh Thị Nga', 40, '2027-05-07', ['T6'])]
	},
	{
		key: 'ml-cam-hoa',
		centre: 'ttht-me-linh',
		title: 'Nghề cắm hoa nghệ thuật',
		topic: 'vocational',
		audience: 'Phụ nữ, thanh niên muốn mở cửa hàng hoa hoặc làm dịch vụ tiệc cưới',
		description:
			'Học viên học nguyên tắc phối màu, tạo dáng và cắm các kiểu bình hoa, giỏ hoa, lẵng hoa chúc mừng, hoa cưới. Hoa thực hành lấy từ các vườn hoa trong xã. Cuối khóa, mỗi học viên hoàn thành ba sản phẩm và được hướng dẫn cách tính giá thành khi bán.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [16, 55],
		classes: [
			k('centre', 'Cô Mai Thị Thanh Thủy', 25, '2027-02-22', ['T2', 'T4']),
			k('thon-yen-bai', 'Cô Mai Thị Thanh Thủy', 25, '2027-10-05', ['T3', 'T5'])
		]
	},
	{
		key: 'ml-nau-co',
		centre: 'ttht-me-linh',
		title: 'Nấu cỗ truyền thống và món ăn đồng quê',
		topic: 'vocational',
		audience: 'Người làm dịch vụ nấu cỗ, phụ nữ và thanh niên',
		description:
			'Học viên học cách chuẩn bị mâm cỗ truyền thống của vùng đồng bằng Bắc Bộ: xôi gấc, canh măng, giò, nem, gà luộc, cùng cách bày mâm đẹp mắt. Khóa học chú trọng an toàn thực phẩm: chọn nguyên liệu, bảo quản và chế biến hợp vệ sinh.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [18, 65],
		classes: [k('thon-an-canh', 'Nghệ nhân Khuất Thị Yến', 25, '2027-10-03', ['CN'])]
	},
	{
		key: 'ml-xoa-mu-chu',
		centre: 'ttht-me-linh',
		title: 'Xóa mù chữ và chống tái mù',
		topic: 'literacy',
		audience: 'Người từ 15 đến 60 tuổi chưa biết chữ hoặc đọc, viết chưa thạo',
		description: md(
			'Lớp học miễn phí theo chương trình xóa mù chữ cho người lớn: tập đọc, tập viết và làm toán đến mức dùng được trong đời sống hằng ngày.',
			'Ngoài 16 buổi trên lớp, giáo viên giao bài luyện đọc ngắn để học viên tự học ở nhà. Lịch học có thể điều chỉnh theo mùa vụ.'
		),
		mode: 'in_person',
		hours: 60,
		sessions: 16,
		status: 'published',
		ages: [15, 60],
		classes: [k('thon-bong-lai', 'Cô Cao Thị Hằng', 20, '2026-12-07', ['T2', 'T4'])]
	},
	{
		key: 'ml-den-hai-ba-trung',
		centre: 'ttht-me-linh',
		title: 'Tìm hiểu di tích đền Hai Bà Trưng và lễ hội truyền thống',
		topic: 'culture',
		audience: 'Học sinh, đoàn viên thanh niên và người làm hướng dẫn viên tình nguyện',
		description:
			'Chuyên đề về cuộc khởi nghĩa Hai Bà Trưng, giá trị lịch sử và kiến trúc của khu di tích, các nghi lễ trong lễ hội truyền thống. Buổi cuối tổ chức tham quan, tập thuyết minh ngay tại di tích. Học viên hoàn thành khóa học có thể tham gia đội hướng dẫn viên tình nguyện của xã.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [12, 40],
		classes: [k('thon-ha-loi', 'Ông Nguyễn Đức Thịnh', 40, '2027-01-10', ['CN'])]
	},
	{
		key: 'ml-huyet-ap-dai-thao-duong',
		centre: 'ttht-me-linh',
		title: 'Phòng, chống tăng huyết áp và đái tháo đường',
		topic: 'health',
		audience: 'Người từ 40 tuổi trở lên và người đang điều trị bệnh mạn tính',
		description:
			'Bác sĩ Trạm Y tế xã hướng dẫn cách tự đo huyết áp, nhận biết dấu hiệu đường huyết cao, chế độ ăn giảm muối, giảm đường và vận động phù hợp. Học viên được đo huyết áp, đường huyết miễn phí ở buổi đầu và buổi cuối để tự theo dõi.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [40, 85],
		classes: [
			k('thon-dai-loi', 'Bác sĩ Đào Văn Hưng', 40, '2026-12-03', ['T5']),
			k('thon-tan-trung', 'Bác sĩ Đào Văn Hưng', 40, '2027-05-09', ['CN']),
			k('centre', 'Bác sĩ Đào Văn Hưng', 40, '2026-10-08', ['T5'])
		]
	},
	{
		key: 'ml-tuyen-truyen-vien',
		centre: 'ttht-me-linh',
		title: 'Kỹ năng cho tuyên truyền viên cơ sở',
		topic: 'other',
		audience: 'Trưởng thôn, phát thanh viên loa truyền thanh, cán bộ đoàn thể thôn',
		description:
			'Cách viết tin ngắn cho loa truyền thanh và nhóm Zalo của thôn, nói trước đám đông, tổ chức buổi sinh hoạt tuyên truyền sinh động. Học viên thực hành viết và đọc một bản tin về hoạt động học tập của thôn mình.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [25, 65],
		classes: [k('centre', 'Bà Lương Thị Vân', 40, '2027-02-28', ['CN'])]
	},
	{
		key: 'ml-khuyen-hoc-khuyen-tai',
		centre: 'ttht-me-linh',
		organiser: 'hkh-me-linh',
		title: 'Khuyến học, khuyến tài trong dòng họ và thôn xóm',
		topic: 'other',
		audience: 'Chi hội khuyến học, ban khuyến học dòng họ',
		description:
			'Hội Khuyến học xã hướng dẫn lập và quản lý quỹ khuyến học minh bạch, công khai thu chi; cách chọn và khen thưởng học sinh, người lao động học tập tốt. Các chi hội chia sẻ kinh nghiệm xây dựng tủ sách dòng họ và góc học tập cho trẻ.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [35, 85],
		classes: [k('centre', 'Ông Lê Văn Khuyến', 40, '2027-08-15', ['CN'])]
	},
	{
		key: 'ml-tieng-trung',
		centre: 'ttht-me-linh',
		title: 'Tiếng Trung giao tiếp cho người buôn bán hoa',
		topic: 'languages',
		audience: 'Hộ kinh doanh hoa, cây cảnh',
		description:
			'Mẫu câu chào hỏi, mặc cả, giới thiệu sản phẩm và tính tiền bằng tiếng Trung. Khóa học đang được xây dựng cùng giáo viên tình nguyện, dự kiến mở lớp trong quý III năm 2027.',
		mode: 'in_person',
		hours: 24,
		status: 'draft',
		classes: []
	},
	{
		key: 'ml-covid-19',
		centre: 'ttht-me-linh',
		title: 'Phòng, chống dịch COVID-19 tại cộng đồng',
		topic: 'health',
		audience: 'Người dân các thôn',
		description: 'Chuyên đề về đeo khẩu trang, rửa tay, cách ly và chăm sóc người bệnh tại nhà trong thời gian có dịch. Nội dung được lưu lại để tham khảo.',
		mode: 'in_person',
		hours: 4,
		status: 'archived',
		classes: []
	}
];

// ——— Xã Yên Lãng ———

const YEN_LANG: DemoCourse[] = [
	{
		key: 'yl-an-toan-thong-tin',
		centre: 'ttht-yen-lang',
		title: 'An toàn thông tin cho gia đình',
		topic: 'digital_skills',
		audience: 'Cha mẹ, ông bà và mọi thành viên gia đình dùng điện thoại, mạng xã hội',
		description: md(
			'Khóa học **trực tuyến** gồm các bài ngắn: đặt mật khẩu mạnh, bật xác thực hai lớp, nhận biết đường link và ứng dụng giả mạo, cài đặt quyền riêng tư trên mạng xã hội, bảo vệ trẻ em khi lên mạng.',
			'Mỗi bài dài khoảng 15 đến 20 phút, học được trên điện thoại. Hoàn thành tất cả các bài và đạt bài kiểm tra cuối khóa để được ghi nhận kết quả.'
		),
		mode: 'online',
		hours: 6,
		status: 'published',
		classes: []
	},
	{
		key: 'yl-dien-thoai-nguoi-cao-tuoi',
		centre: 'ttht-yen-lang',
		title: 'Dùng điện thoại thông minh cho người cao tuổi',
		topic: 'digital_skills',
		audience: 'Người cao tuổi các thôn',
		description:
			'Lớp học dành cho ông bà mới dùng điện thoại thông minh: gọi video cho con cháu, gửi ảnh, nghe đài, xem thời tiết và giữ an toàn khi có cuộc gọi lạ. Mỗi buổi chỉ học một việc, thực hành nhiều lần cho đến khi thành thạo. Đoàn viên thanh niên các thôn hỗ trợ tận tình.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		ages: [58, 90],
		classes: [
			k('thon-dam-xuyen', 'Cô Phan Thị Quyên', 30, '2026-12-06', ['CN']),
			k('thon-van-phuc', 'Thầy Nguyễn Hữu Toàn', 30, '2027-03-02', ['T3']),
			k('thon-tien-bo', 'Cô Phan Thị Quyên', 30, '2027-09-05', ['CN'])
		]
	},
	{
		key: 'yl-dien-thoai-trong-nong-nghiep',
		centre: 'ttht-yen-lang',
		title: 'Ứng dụng điện thoại thông minh trong sản xuất nông nghiệp',
		topic: 'digital_skills',
		audience: 'Nông dân, thành viên tổ hợp tác và hợp tác xã',
		description: md(
			'Học viên dùng điện thoại để xem dự báo thời tiết, tra cứu giá nông sản, chụp ảnh cây bệnh để được tư vấn, ghi nhật ký sản xuất điện tử và tạo mã QR truy xuất nguồn gốc.',
			'Ngoài các buổi trên lớp, học viên làm bài thực hành ngoài đồng và gửi kết quả qua nhóm học trực tuyến.'
		),
		mode: 'blended',
		hours: 16,
		sessions: 6,
		status: 'published',
		ages: [20, 65],
		classes: [k('thon-kim-dien', 'Kỹ sư Dương Văn Hải', 35, '2027-04-07', ['T4'])]
	},
	{
		key: 'yl-ga-tha-vuon',
		centre: 'ttht-yen-lang',
		title: 'Chăn nuôi gà thả vườn an toàn sinh học',
		topic: 'agriculture',
		audience: 'Hộ chăn nuôi gia cầm các thôn',
		description:
			'Kỹ thuật làm chuồng trại, chọn giống, phối trộn thức ăn từ nguyên liệu sẵn có và nuôi gà thả vườn đạt năng suất. Trọng tâm là an toàn sinh học: vệ sinh, sát trùng, tiêm phòng đúng lịch để phòng cúm gia cầm và các bệnh thường gặp. Học viên được tham quan mô hình chăn nuôi của một hộ tiêu biểu trong xã.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [18, 75],
		outline: [
			'Chọn giống gà và con giống khỏe',
			'Làm chuồng trại, vườn thả hợp vệ sinh',
			'Thức ăn và cách phối trộn',
			'Chăm sóc gà con giai đoạn úm',
			'Lịch tiêm phòng vắc-xin',
			'Phòng, chống cúm gia cầm và bệnh thường gặp',
			'Tham quan mô hình chăn nuôi',
			'Hạch toán chi phí, tiêu thụ sản phẩm'
		],
		classes: [
			k('thon-phan-xa', 'Bác sĩ thú y Hoàng Văn Lâm', 25, '2026-10-25', ['CN'], { full: true }),
			k('thon-hoang-xa', 'Bác sĩ thú y Hoàng Văn Lâm', 30, '2027-03-03', ['T4']),
			k('thon-thach-da', 'Kỹ sư Vũ Thị Hoa', 30, '2027-08-29', ['CN'])
		]
	},
	{
		key: 'yl-lua-chat-luong-cao',
		centre: 'ttht-yen-lang',
		title: 'Thâm canh lúa chất lượng cao, giảm phát thải',
		topic: 'agriculture',
		audience: 'Hộ trồng lúa, tổ dịch vụ nông nghiệp',
		description:
			'Giới thiệu các giống lúa chất lượng cao phù hợp chân ruộng của xã, kỹ thuật cấy thưa, bón phân cân đối và tưới “ướt khô xen kẽ” để tiết kiệm nước, giảm phát thải. Hướng dẫn xử lý rơm rạ sau thu hoạch thay cho việc đốt đồng.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		ages: [20, 75],
		classes: [
			k('thon-bong-mac', 'Kỹ sư Dương Văn Hải', 40, '2027-01-10', ['CN']),
			k('thon-yen-noi', 'Kỹ sư Dương Văn Hải', 40, '2027-05-30', ['CN'])
		]
	},
	{
		key: 'yl-nuoi-ca',
		centre: 'ttht-yen-lang',
		title: 'Nuôi cá nước ngọt trong ao và ruộng trũng',
		topic: 'agriculture',
		audience: 'Hộ nuôi trồng thủy sản, hộ có ruộng trũng muốn chuyển đổi',
		description:
			'Cải tạo ao, chọn giống cá, mật độ thả và cách quản lý nước, thức ăn để cá lớn nhanh, ít bệnh. Hướng dẫn mô hình lúa – cá trên ruộng trũng và cách tính hiệu quả kinh tế trước khi chuyển đổi.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		ages: [20, 70],
		classes: [k('thon-co-dien', 'Kỹ sư Vũ Thị Hoa', 30, '2027-02-21', ['CN'])]
	},
	{
		key: 'yl-thua-ke-di-chuc',
		centre: 'ttht-yen-lang',
		title: 'Thừa kế, di chúc và tặng cho tài sản theo pháp luật',
		topic: 'law',
		audience: 'Người dân, nhất là người cao tuổi và gia đình có đất đai, nhà ở',
		description:
			'Trao đổi những điều người dân thường hỏi: lập di chúc thế nào cho hợp pháp, chia thừa kế khi không có di chúc, thủ tục tặng cho nhà đất giữa cha mẹ và con. Mỗi buổi có luật sư và công chức tư pháp xã giải đáp các tình huống do học viên nêu.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [30, 85],
		classes: [
			k('thon-lien-lac', 'Luật sư Trần Thị Ngọc Lan', 40, '2027-03-14', ['CN']),
			k('thon-dong-thinh', 'Luật sư Trần Thị Ngọc Lan', 40, '2027-10-01', ['T6']),
			k('centre', 'Luật sư Trần Thị Ngọc Lan', 40, '2026-10-09', ['T6'])
		]
	},
	{
		key: 'yl-hoa-giai-co-so',
		centre: 'ttht-yen-lang',
		title: 'Kỹ năng hòa giải ở cơ sở',
		topic: 'law',
		audience: 'Thành viên tổ hòa giải, trưởng thôn, chi hội trưởng các đoàn thể',
		description:
			'Quy trình một cuộc hòa giải, kỹ năng lắng nghe, đặt câu hỏi và giúp các bên tự tìm ra cách giải quyết. Học viên thực hành qua các tình huống tranh chấp đất đai, lối đi, mâu thuẫn gia đình thường gặp ở nông thôn.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [30, 75],
		classes: [k('centre', 'Ông Bùi Văn Chính', 40, '2026-12-03', ['T5'])]
	},
	{
		key: 'yl-phong-chong-duoi-nuoc',
		centre: 'ttht-yen-lang',
		organiser: 'th-lien-mac',
		title: 'Phòng, chống đuối nước cho trẻ em',
		topic: 'health',
		audience: 'Học sinh tiểu học và cha mẹ',
		description:
			'Học sinh học cách nhận biết những nơi nguy hiểm như ao, hồ, sông, kênh mương, cách tự cứu và gọi người giúp khi gặp nạn. Phụ huynh học cách sơ cứu trẻ bị đuối nước. Khóa học tổ chức trước kỳ nghỉ hè; nhà trường sẽ giới thiệu thêm các lớp dạy bơi an toàn.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [7, 45],
		classes: [k('organiser', 'Thầy Lê Văn Phúc', 40, '2027-05-09', ['CN'])]
	},
	{
		key: 'yl-tieng-anh-thpt',
		centre: 'ttht-yen-lang',
		organiser: 'thpt-yen-lang',
		title: 'Luyện nói tiếng Anh cho học sinh THPT',
		topic: 'languages',
		audience: 'Học sinh THPT trên địa bàn xã',
		description:
			'Câu lạc bộ luyện nói tiếng Anh theo chủ đề: quê hương, nghề nghiệp, môi trường, công nghệ. Học sinh thuyết trình, tranh biện và phỏng vấn thử bằng tiếng Anh, chuẩn bị cho các kỳ thi và cho việc học tiếp sau này.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [15, 18],
		classes: [k('organiser', 'Cô Nguyễn Thị Khánh Linh', 35, '2027-01-10', ['CN'])]
	},
	{
		key: 'yl-doc-sach-cung-con',
		centre: 'ttht-yen-lang',
		title: 'Văn hóa đọc trong gia đình: cùng con đọc sách',
		topic: 'literacy',
		audience: 'Cha mẹ có con từ 3 đến 10 tuổi',
		description:
			'Hướng dẫn chọn sách theo độ tuổi, cách đọc to, kể chuyện và trò chuyện với con về cuốn sách vừa đọc. Sau mỗi buổi, thư viện của Trung tâm cho mượn một túi sách mang về nhà. Khóa học góp phần xây dựng tủ sách gia đình và phong trào gia đình học tập.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [25, 45],
		classes: [k('thon-mac-xa', 'Cô Đỗ Thị Phương Thảo', 30, '2027-04-04', ['CN'])]
	},
	{
		key: 'yl-dan-lat-may-tre',
		centre: 'ttht-yen-lang',
		title: 'Nghề đan lát mây tre',
		topic: 'vocational',
		audience: 'Lao động nhàn rỗi, phụ nữ và người cao tuổi còn sức khỏe',
		description:
			'Nghệ nhân hướng dẫn chọn và xử lý nguyên liệu mây, tre, giang; đan rổ, rá, giỏ, khay và đèn trang trí. Sản phẩm đạt yêu cầu được tổ hợp tác của thôn thu mua để bán ra thị trường. Học viên học tại nhà văn hóa thôn, hai buổi tối mỗi tuần.',
		mode: 'in_person',
		hours: 32,
		status: 'published',
		ages: [18, 70],
		classes: [
			k('thon-hop-chau', 'Nghệ nhân Nguyễn Văn Tâm', 25, '2026-11-02', ['T2', 'T4']),
			k('thon-yen-diem', 'Nghệ nhân Nguyễn Văn Tâm', 25, '2027-03-02', ['T3', 'T5'])
		]
	},
	{
		key: 'yl-che-bien-ocop',
		centre: 'ttht-yen-lang',
		title: 'Chế biến nông sản theo hướng sản phẩm OCOP',
		topic: 'vocational',
		audience: 'Hộ sản xuất, tổ hợp tác, hợp tác xã',
		description:
			'Hướng dẫn sấy, muối, đóng gói và bảo quản nông sản; xây dựng nhãn mác, câu chuyện sản phẩm và hồ sơ tham gia Chương trình mỗi xã một sản phẩm (OCOP). Học viên mang sản phẩm của mình đến để được góp ý trực tiếp.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [20, 65],
		classes: [k('centre', 'Bà Hoàng Thị Minh Châu', 30, '2027-06-02', ['T4'])]
	},
	{
		key: 'yl-sua-may-nong-nghiep',
		centre: 'ttht-yen-lang',
		title: 'Sửa chữa máy nông nghiệp nhỏ',
		topic: 'vocational',
		audience: 'Lao động từ 18 tuổi sử dụng máy cày, máy gặt, máy bơm',
		description:
			'Cấu tạo, vận hành và bảo dưỡng máy cày tay, máy bơm, máy tuốt lúa, máy cắt cỏ; cách phát hiện và sửa các hỏng hóc đơn giản. Học viên thực hành trên máy của trung tâm và máy do các hộ mang đến.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [18, 55],
		classes: [k('thon-xuan-thinh', 'Thầy Lý Văn Kiên', 25, '2027-07-06', ['T3', 'T5'])]
	},
	{
		key: 'yl-truyen-day-hat-cheo',
		centre: 'ttht-yen-lang',
		title: 'Truyền dạy hát chèo cho thanh thiếu niên',
		topic: 'culture',
		audience: 'Thanh thiếu niên từ 10 tuổi yêu thích nghệ thuật truyền thống',
		description:
			'Nghệ nhân câu lạc bộ chèo của xã truyền dạy làn điệu, điệu múa và cách diễn các trích đoạn chèo quen thuộc. Học viên tích cực được mời tham gia biểu diễn trong các dịp lễ hội của xã.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [10, 25],
		classes: [k('thon-thinh-ky', 'Nghệ nhân Đinh Thị Xuân', 30, '2027-06-13', ['CN'])]
	},
	{
		key: 'yl-ba-me-mang-thai',
		centre: 'ttht-yen-lang',
		title: 'Chăm sóc sức khỏe bà mẹ mang thai và sau sinh',
		topic: 'health',
		audience: 'Phụ nữ mang thai, bà mẹ nuôi con nhỏ và người thân trong gia đình',
		description:
			'Khám thai định kỳ, dinh dưỡng khi mang thai, những dấu hiệu nguy hiểm cần đến cơ sở y tế ngay, nuôi con bằng sữa mẹ và chăm sóc trẻ sơ sinh. Nữ hộ sinh của Trạm Y tế xã trực tiếp hướng dẫn và trả lời câu hỏi.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 40],
		gender: 'female',
		classes: [k('thon-ben-trung', 'Nữ hộ sinh Trần Thị Thu', 30, '2027-02-21', ['CN'])]
	},
	{
		key: 'yl-phong-chong-ma-tuy',
		centre: 'ttht-yen-lang',
		title: 'Phòng, chống ma túy và tệ nạn xã hội trong thanh thiếu niên',
		topic: 'law',
		audience: 'Thanh thiếu niên, cha mẹ học sinh và đoàn viên thanh niên',
		description:
			'Cán bộ Công an xã cung cấp thông tin về các loại ma túy mới ngụy trang dưới dạng thuốc lá điện tử, nước uống, bánh kẹo; dấu hiệu nhận biết người sử dụng và cách giúp đỡ. Học viên thảo luận về kỹ năng từ chối, cách cha mẹ đồng hành để con tránh xa tệ nạn.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [13, 55],
		classes: [k('thon-phu-da', 'Thiếu tá Hồ Văn Dũng', 40, '2027-07-03', ['T7'])]
	},
	{
		key: 'yl-cong-dan-hoc-tap',
		centre: 'ttht-yen-lang',
		organiser: 'hkh-yen-lang',
		title: 'Xây dựng Công dân học tập',
		topic: 'other',
		audience: 'Cán bộ chi hội khuyến học, người dân muốn đăng ký danh hiệu',
		description:
			'Hội Khuyến học xã giới thiệu bộ tiêu chí Công dân học tập, cách tự đánh giá và lưu giữ minh chứng học tập của mỗi người. Buổi cuối hướng dẫn người dân tự đánh giá trực tuyến trên nền tảng Suốt Đời.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		classes: [k('centre', 'Bà Ngô Thị Thanh Bình', 40, '2027-03-07', ['CN'])]
	},
	{
		key: 'yl-moi-truong-nong-thon',
		centre: 'ttht-yen-lang',
		title: 'Bảo vệ môi trường nông thôn: xử lý rơm rạ, thu gom vỏ thuốc bảo vệ thực vật',
		topic: 'other',
		audience: 'Hộ nông dân, tổ vệ sinh môi trường thôn',
		description:
			'Hướng dẫn ủ rơm rạ làm phân bón bằng chế phẩm vi sinh thay cho đốt rơm, thu gom vỏ bao bì thuốc bảo vệ thực vật vào bể chứa đúng nơi quy định. Học viên cùng xây dựng quy ước giữ gìn đường làng, kênh mương sạch đẹp.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		classes: [k('thon-bac-ha', 'Kỹ sư Vũ Thị Hoa', 40, '2027-05-16', ['CN'])]
	},
	{
		key: 'yl-thu-tuc-sau-sap-xep',
		centre: 'ttht-yen-lang',
		title: 'Hướng dẫn thủ tục hành chính sau sắp xếp đơn vị hành chính',
		topic: 'law',
		audience: 'Người dân các thôn',
		description:
			'Đợt hướng dẫn người dân cập nhật địa chỉ trên giấy tờ và làm thủ tục tại Trung tâm phục vụ hành chính công xã sau khi xã Yên Lãng mới đi vào hoạt động từ ngày 1/7/2025. Đợt hướng dẫn đã kết thúc.',
		mode: 'in_person',
		hours: 4,
		status: 'archived',
		classes: []
	}
];

// ——— Xã Tiến Thắng ———

const TIEN_THANG: DemoCourse[] = [
	{
		key: 'tt-dich-vu-cong-vneid',
		centre: 'ttht-tien-thang',
		title: 'Dịch vụ công trực tuyến trên VNeID',
		topic: 'digital_skills',
		audience: 'Người dân từ 14 tuổi đã có thẻ căn cước và điện thoại thông minh',
		description: md(
			'Hướng dẫn dùng ứng dụng VNeID để tích hợp giấy tờ, thông báo lưu trú, đăng ký tạm trú và nộp hồ sơ một số thủ tục hành chính trực tuyến. Học viên thực hành trên điện thoại của mình với sự hỗ trợ của cán bộ Công an xã và đoàn viên thanh niên.',
			'Nhớ mang theo thẻ căn cước và điện thoại đã cài VNeID.'
		),
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [14, 75],
		outline: ['Đăng nhập VNeID, kiểm tra thông tin cá nhân', 'Tích hợp giấy phép lái xe, thẻ bảo hiểm y tế', 'Thông báo lưu trú, đăng ký tạm trú', 'Nộp hồ sơ dịch vụ công, theo dõi kết quả'],
		classes: [
			k('thon-tam-xa', 'Thượng úy Đỗ Văn Hoàng', 40, '2026-12-06', ['CN']),
			k('thon-tu-khoat', 'Thượng úy Đỗ Văn Hoàng', 40, '2027-01-08', ['T6']),
			k('thon-dong-lai', 'Trung úy Kiều Văn Duy', 40, '2027-06-13', ['CN']),
			k('centre', 'Thượng úy Đỗ Văn Hoàng', 40, '2026-10-04', ['CN'])
		]
	},
	{
		key: 'tt-tin-gia-lua-dao',
		centre: 'ttht-tien-thang',
		title: 'Nhận diện tin giả và lừa đảo trên mạng xã hội',
		topic: 'law',
		audience: 'Thanh niên, phụ huynh và người dùng mạng xã hội',
		description:
			'Cách kiểm tra nguồn tin, nhận diện ảnh và video bị cắt ghép, tài khoản giả mạo người nổi tiếng hoặc cơ quan nhà nước. Học viên tìm hiểu trách nhiệm pháp lý khi chia sẻ tin sai sự thật và cách báo cáo nội dung xấu độc trên mạng xã hội.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [15, 70],
		classes: [k('thon-ha-dong', 'Trung úy Kiều Văn Duy', 40, '2027-02-24', ['T4'])]
	},
	{
		key: 'tt-rau-vietgap',
		centre: 'ttht-tien-thang',
		title: 'Trồng rau an toàn theo VietGAP',
		topic: 'agriculture',
		audience: 'Hộ trồng rau, thành viên tổ hợp tác rau an toàn',
		description: md(
			'Khóa học theo quy trình thực hành nông nghiệp tốt VietGAP: chọn đất, nguồn nước, giống, phân bón; dùng thuốc bảo vệ thực vật đúng cách và bảo đảm thời gian cách ly.',
			'Học viên được hướng dẫn ghi nhật ký sản xuất, điều kiện bắt buộc để được chứng nhận VietGAP. Giờ thực hành tổ chức ngay tại cánh đồng rau của thôn.'
		),
		mode: 'in_person',
		hours: 20,
		status: 'published',
		ages: [20, 75],
		outline: [
			'VietGAP là gì, lợi ích khi được chứng nhận',
			'Đánh giá đất và nguồn nước tưới',
			'Chọn giống, làm đất, gieo trồng',
			'Bón phân cân đối, ủ phân hữu cơ',
			'Quản lý dịch hại tổng hợp (IPM)',
			'Dùng thuốc bảo vệ thực vật an toàn, thời gian cách ly',
			'Thu hoạch, sơ chế, bảo quản',
			'Ghi nhật ký sản xuất',
			'Truy xuất nguồn gốc, tem QR',
			'Tham quan cánh đồng rau đã được chứng nhận'
		],
		classes: [
			k('thon-dong-mac', 'Kỹ sư Trần Văn Lực', 30, '2026-10-20', ['T3']),
			k('thon-dai-lam', 'Kỹ sư Trần Văn Lực', 30, '2027-02-21', ['CN']),
			k('thon-cu-an', 'Kỹ sư Phạm Thị Thanh Hương', 30, '2027-08-05', ['T5'])
		]
	},
	{
		key: 'tt-chan-nuoi-lon',
		centre: 'ttht-tien-thang',
		title: 'Chăn nuôi lợn an toàn, phòng bệnh dịch tả lợn châu Phi',
		topic: 'agriculture',
		audience: 'Hộ và trang trại chăn nuôi lợn',
		description:
			'Chăn nuôi lợn theo hướng an toàn sinh học: vệ sinh chuồng trại, kiểm soát người và phương tiện ra vào, nguồn thức ăn, nước uống. Nhận biết sớm bệnh dịch tả lợn châu Phi và các bệnh thường gặp, cách khai báo và xử lý khi có dịch. Giới thiệu đệm lót sinh học giúp giảm mùi, giảm ô nhiễm.',
		mode: 'in_person',
		hours: 12,
		status: 'published',
		ages: [20, 70],
		classes: [k('thon-yen-hoi', 'Bác sĩ thú y Nguyễn Văn Quang', 35, '2027-01-03', ['CN'])]
	},
	{
		key: 'tt-trong-nam',
		centre: 'ttht-tien-thang',
		title: 'Trồng nấm rơm, nấm sò từ phụ phẩm nông nghiệp',
		topic: 'agriculture',
		audience: 'Hộ nông dân, phụ nữ và người cao tuổi muốn có thêm thu nhập',
		description:
			'Tận dụng rơm rạ, mùn cưa sau thu hoạch để trồng nấm rơm, nấm sò tại nhà. Học viên thực hành xử lý nguyên liệu, cấy giống, chăm sóc và thu hái nấm, tìm hiểu đầu ra cho sản phẩm. Bã nấm sau thu hoạch được ủ làm phân bón, không bỏ phí.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [18, 75],
		classes: [k('thon-nam-ha', 'Kỹ sư Phạm Thị Thanh Hương', 30, '2027-04-05', ['T2', 'T4'])]
	},
	{
		key: 'tt-tieng-viet-tinh-toan',
		centre: 'ttht-tien-thang',
		organiser: 'th-tu-lap',
		title: 'Tiếng Việt và tính toán cho người lớn',
		topic: 'literacy',
		audience: 'Người lớn đọc, viết chưa thạo, người lao động cần ôn lại kiến thức tiểu học',
		description:
			'Lớp chống tái mù chữ học vào buổi tối sau giờ làm: luyện đọc, viết đơn từ, ghi chép chi tiêu và làm các phép tính thường dùng khi mua bán. Giáo viên Trường Tiểu học Tự Lập giảng dạy; tài liệu và văn phòng phẩm được cấp miễn phí.',
		mode: 'in_person',
		hours: 24,
		status: 'published',
		ages: [18, 65],
		classes: [k('thon-phu-my', 'Cô Bùi Thị Lan Hương', 20, '2027-03-02', ['T3', 'T5'])]
	},
	{
		key: 'tt-so-cuu-tai-nan-lao-dong',
		centre: 'ttht-tien-thang',
		title: 'Sơ cứu ban đầu và xử trí tai nạn lao động',
		topic: 'health',
		audience: 'Người lao động, chủ xưởng sản xuất và tổ an toàn vệ sinh lao động',
		description:
			'Xử trí ban đầu các tai nạn thường gặp trong sản xuất: vết thương chảy máu, đứt ngón tay, bỏng, điện giật, ngã từ trên cao. Học viên thực hành băng bó, cố định và ép tim ngoài lồng ngực; biết chuẩn bị tủ thuốc sơ cứu tại nơi làm việc.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 60],
		classes: [k('centre', 'Bác sĩ Lê Thị Hải Yến', 30, '2027-03-07', ['CN'])]
	},
	{
		key: 'tt-dinh-duong-tre-em',
		centre: 'ttht-tien-thang',
		organiser: 'mn-tam-dong',
		title: 'Dinh dưỡng cho trẻ dưới 5 tuổi',
		topic: 'health',
		audience: 'Cha mẹ, ông bà và người chăm sóc trẻ dưới 5 tuổi',
		description:
			'Nuôi con bằng sữa mẹ, cho trẻ ăn dặm đúng cách, xây dựng bữa ăn đủ bốn nhóm chất từ thực phẩm sẵn có. Cán bộ y tế hướng dẫn theo dõi biểu đồ tăng trưởng để phát hiện sớm trẻ suy dinh dưỡng hoặc thừa cân. Mỗi buổi có phần thực hành nấu ăn cho trẻ.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [18, 70],
		classes: [
			k('organiser', 'Cô Phạm Thị Ngọc Mai', 35, '2026-12-13', ['CN']),
			k('thon-hau-loc', 'Cô Phạm Thị Ngọc Mai', 30, '2027-05-16', ['CN'])
		]
	},
	{
		key: 'tt-tieng-anh-tieu-hoc',
		centre: 'ttht-tien-thang',
		organiser: 'th-tu-lap',
		title: 'Tiếng Anh cho học sinh tiểu học',
		topic: 'languages',
		audience: 'Học sinh từ lớp 3 đến lớp 5',
		description:
			'Lớp học hè giúp các em làm quen tiếng Anh qua bài hát, trò chơi, tranh ảnh và những đoạn hội thoại ngắn. Mỗi em được phát một cuốn sổ từ vựng để ôn tập cùng cha mẹ ở nhà.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [8, 10],
		classes: [k('organiser', 'Cô Tạ Thị Thùy Dung', 30, '2027-06-13', ['CN'])]
	},
	{
		key: 'tt-may-cong-nghiep',
		centre: 'ttht-tien-thang',
		title: 'Kỹ thuật may công nghiệp',
		topic: 'vocational',
		audience: 'Lao động nữ từ 18 đến 45 tuổi có nhu cầu làm việc tại các xưởng may',
		description:
			'Vận hành máy may công nghiệp, may các chi tiết và những sản phẩm đơn giản như quần âu, áo sơ mi theo dây chuyền. Học viên hoàn thành khóa học được giới thiệu việc làm tại các xưởng may trong vùng. Lớp học hai buổi tối mỗi tuần tại xưởng thực hành của trung tâm.',
		mode: 'in_person',
		hours: 32,
		status: 'published',
		ages: [18, 45],
		gender: 'female',
		classes: [k('centre', 'Cô Vũ Thị Thanh Nhàn', 25, '2026-11-03', ['T3', 'T5'])]
	},
	{
		key: 'tt-han-dien',
		centre: 'ttht-tien-thang',
		title: 'Hàn điện cơ bản',
		topic: 'vocational',
		audience: 'Thanh niên, lao động nông thôn từ 18 tuổi',
		description:
			'An toàn lao động khi hàn, cách chọn que hàn, điều chỉnh dòng hàn và thực hiện các mối hàn giáp mối, hàn góc. Học viên thực hành làm cửa sắt, khung mái tôn đơn giản. Cuối khóa có bài kiểm tra tay nghề để được cấp giấy xác nhận.',
		mode: 'in_person',
		hours: 32,
		status: 'published',
		ages: [18, 45],
		classes: [k('centre', 'Thầy Nguyễn Văn Cường', 20, '2027-03-01', ['T2', 'T4'])]
	},
	{
		key: 'tt-phap-luat-lao-dong',
		centre: 'ttht-tien-thang',
		title: 'Pháp luật lao động và bảo hiểm xã hội tự nguyện',
		topic: 'law',
		audience: 'Người lao động tự do, lao động tại doanh nghiệp và hộ kinh doanh',
		description: md(
			'Quyền và nghĩa vụ khi ký hợp đồng lao động, tiền lương, giờ làm việc, nghỉ phép; lợi ích của bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình.',
			'Ngoài 4 buổi trên lớp, học viên xem các video ngắn và trả lời câu hỏi ôn tập trực tuyến.'
		),
		mode: 'blended',
		hours: 12,
		sessions: 4,
		status: 'published',
		ages: [18, 60],
		classes: [k('thon-thang-tri', 'Bà Lê Thị Thu Hằng', 40, '2027-04-11', ['CN'])]
	},
	{
		key: 'tt-thu-phap-cau-doi',
		centre: 'ttht-tien-thang',
		title: 'Thư pháp và câu đối Tết',
		topic: 'culture',
		audience: 'Người yêu thư pháp, học sinh và người cao tuổi',
		description:
			'Làm quen với bút lông, mực, giấy dó và các nét cơ bản của thư pháp chữ Việt. Học viên tập viết những chữ, câu đối chúc Tết và cùng tham gia phiên chợ chữ ngày cuối năm tại nhà văn hóa.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [12, 85],
		classes: [k('thon-tien-thuong', 'Ông Nguyễn Huy Văn', 30, '2027-01-03', ['CN'])]
	},
	{
		key: 'tt-duong-sinh-khi-cong',
		centre: 'ttht-tien-thang',
		title: 'Dưỡng sinh, khí công cho người cao tuổi',
		topic: 'health',
		audience: 'Người cao tuổi, hội viên câu lạc bộ dưỡng sinh các thôn',
		description:
			'Các bài khí công, dưỡng sinh và tập thở giúp tăng sức dẻo dai, ngủ ngon, giảm đau mỏi xương khớp. Hướng dẫn viên điều chỉnh động tác cho người có bệnh tim mạch, huyết áp. Sau khóa học, học viên có thể tự tập tại nhà hoặc cùng câu lạc bộ của thôn.',
		mode: 'in_person',
		hours: 16,
		status: 'published',
		ages: [58, 90],
		classes: [
			k('thon-xuan-hoa', 'Ông Trần Đức Lợi', 40, '2027-02-21', ['CN']),
			k('thon-lap-tri', 'Ông Trần Đức Lợi', 40, '2027-09-12', ['CN'])
		]
	},
	{
		key: 'tt-quy-khuyen-hoc',
		centre: 'ttht-tien-thang',
		organiser: 'hkh-tien-thang',
		title: 'Quản lý quỹ khuyến học ở thôn, dòng họ',
		topic: 'other',
		audience: 'Ban khuyến học thôn, dòng họ, chi hội khuyến học',
		description:
			'Hội Khuyến học xã hướng dẫn lập sổ thu chi, công khai quỹ khuyến học và chọn đối tượng khen thưởng, hỗ trợ đúng quy định. Buổi cuối giới thiệu cách đăng các khoản tiếp nhận, chi trả lên nền tảng Suốt Đời để người dân cùng theo dõi.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [35, 85],
		classes: [k('centre', 'Bà Phạm Thị Thắng', 40, '2027-08-08', ['CN'])]
	},
	{
		key: 'tt-dong-hanh-cung-con',
		centre: 'ttht-tien-thang',
		organiser: 'thcs-tien-thang',
		title: 'Đồng hành cùng con học tốt ở bậc THCS',
		topic: 'other',
		audience: 'Cha mẹ học sinh THCS',
		description:
			'Giáo viên Trường THCS Tiến Thắng chia sẻ cách giúp con lập thời gian biểu, tự học ở nhà, dùng điện thoại và Internet có chừng mực. Phụ huynh được hướng dẫn giữ liên lạc thường xuyên với giáo viên chủ nhiệm và giúp con chọn hướng học tiếp sau lớp 9.',
		mode: 'in_person',
		hours: 8,
		status: 'published',
		ages: [30, 55],
		classes: [k('organiser', 'Thầy Hoàng Văn Nam', 40, '2027-09-19', ['CN'])]
	},
	{
		key: 'tt-cay-duoc-lieu',
		centre: 'ttht-tien-thang',
		title: 'Trồng cây dược liệu dưới tán vườn',
		topic: 'agriculture',
		audience: 'Hộ có vườn cây ăn quả, vườn tạp',
		description:
			'Giới thiệu một số cây dược liệu dễ trồng như đinh lăng, nghệ, gừng dưới tán vườn và cách liên kết tiêu thụ. Nội dung đang được Trung tâm xây dựng cùng cán bộ khuyến nông.',
		mode: 'in_person',
		hours: 16,
		status: 'draft',
		classes: []
	},
	{
		key: 'tt-phap-luat-bau-cu',
		centre: 'ttht-tien-thang',
		title: 'Tìm hiểu pháp luật về bầu cử đại biểu Quốc hội và Hội đồng nhân dân',
		topic: 'law',
		audience: 'Cử tri các thôn',
		description:
			'Chuyên đề giới thiệu quyền bầu cử, ứng cử của công dân, nguyên tắc bầu cử và cách bỏ phiếu, tổ chức trước ngày bầu cử năm 2026. Chuyên đề đã kết thúc.',
		mode: 'in_person',
		hours: 4,
		status: 'archived',
		classes: []
	}
];

export const DEMO_COURSES: DemoCourse[] = [...QUANG_MINH, ...ME_LINH, ...YEN_LANG, ...TIEN_THANG];

/** When a learner completes: attendance in class; every lesson and the quiz online. */
export function completionOf(c: DemoCourse): { attendance?: number; lessons?: boolean; quiz?: boolean } {
	if (c.mode === 'online') return { lessons: true, quiz: true };
	if (c.mode === 'blended') return { attendance: 0.8, lessons: true };
	return { attendance: 0.8 };
}

/** Tết Nguyên đán 2027 falls on 6 February: no sessions from 1 to 14 February. */
export const TET_BREAK = { from: '2027-02-01', until: '2027-02-14' } as const;

const WEEKDAY: Record<Day, number> = { CN: 0, T2: 1, T3: 2, T4: 3, T5: 4, T6: 5, T7: 6 };

/**
 * A class's sessions: `count` of them on its weekdays from `from` on, skipping the Tết break;
 * Sunday mornings 08:00–10:00, weekday evenings 19:00–21:00.
 */
export function classSessions(from: string, days: readonly Day[], count: number, outline: readonly string[] = []): { date: string; startsAt: string; endsAt: string; topic: string | null }[] {
	const wanted = new Set(days.map((d) => WEEKDAY[d]));
	const out: { date: string; startsAt: string; endsAt: string; topic: string | null }[] = [];
	const t = new Date(`${from}T00:00:00Z`);
	for (let guard = 0; out.length < count && guard < 800; guard++, t.setUTCDate(t.getUTCDate() + 1)) {
		const date = t.toISOString().slice(0, 10);
		if (!wanted.has(t.getUTCDay()) || (date >= TET_BREAK.from && date <= TET_BREAK.until)) continue;
		const sunday = t.getUTCDay() === 0;
		out.push({ date, startsAt: sunday ? '08:00' : '19:00', endsAt: sunday ? '10:00' : '21:00', topic: outline[out.length] ?? null });
	}
	return out;
}

/** Sessions per class of a course: two hours each. */
export const sessionCount = (c: DemoCourse): number => c.sessions ?? Math.round(c.hours / 2);
