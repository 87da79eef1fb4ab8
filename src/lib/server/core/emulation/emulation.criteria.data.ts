/**
 * The best-known criteria of the schools' emulation "dạy tốt, học tốt", seeded as version 1 of the
 * `school_emulation` set and marked unconfirmed: the official text (the education office's yearly
 * guidance) is not known here. Administrators add a new version in the console when it is at hand.
 * 100 points in five sections; the pass mark 70.
 */
import type { CriteriaSetInput } from '../criteria/criteria.schemas';
import { dec, doc } from '../criteria/criteria.rules';


export const EMULATION_CRITERIA_SEED: Omit<CriteriaSetInput, 'year'> = {
	name: 'Tiêu chí thi đua “Dạy tốt, học tốt”',
	basis: 'Hướng dẫn thi đua năm học của ngành giáo dục — chưa được xác nhận',
	passMark: 70,
	note: 'Bộ tiêu chí phổ biến, chưa được xác nhận với văn bản chính thức; có thể sửa bằng một phiên bản mới.',
	sections: [
		{
			key: 'teaching',
			title: 'Chất lượng dạy học và đổi mới phương pháp',
			criteria: [
				doc('lesson_innovation', 'Giáo viên đổi mới phương pháp, có tiết dạy tốt, chuyên đề được đánh giá', 10),
				dec('teacher_standard', 'Tỉ lệ giáo viên đạt chuẩn nghề nghiệp mức khá trở lên', 10),
				doc('teacher_training', 'Giáo viên hoàn thành bồi dưỡng thường xuyên trong năm học', 5)
			]
		},
		{
			key: 'digital',
			title: 'Chuyển đổi số trong dạy học',
			criteria: [
				doc('digital_lessons', 'Có học liệu số, bài giảng điện tử dùng chung; sổ điểm, học bạ điện tử', 10),
				dec('digital_skills', 'Giáo viên và nhân viên sử dụng thành thạo nền tảng dạy học trực tuyến', 10)
			]
		},
		{
			key: 'online_safety',
			title: 'Hướng dẫn học sinh tự học trên mạng an toàn, lành mạnh',
			criteria: [
				doc('safe_internet', 'Tổ chức chuyên đề, sinh hoạt về an toàn trên mạng cho học sinh', 10),
				dec('self_study', 'Học sinh được hướng dẫn tự học, tìm kiếm nguồn học liệu trực tuyến có chọn lọc', 10)
			]
		},
		{
			key: 'movement',
			title: 'Hoạt động phong trào và kết quả học tập của học sinh',
			criteria: [
				dec('pupil_results', 'Tỉ lệ học sinh hoàn thành chương trình, lên lớp, tốt nghiệp đạt hoặc vượt chỉ tiêu', 10),
				doc('pupil_awards', 'Học sinh đạt giải trong các cuộc thi, kỳ thi các cấp', 5),
				doc('movement_events', 'Hưởng ứng Tuần lễ học tập suốt đời, Ngày sách và văn hóa đọc, các phong trào thi đua', 5)
			]
		},
		{
			key: 'community',
			title: 'Phối hợp với Trung tâm học tập cộng đồng',
			criteria: [
				doc('centre_joint', 'Phối hợp tổ chức hoạt động chung với Trung tâm học tập cộng đồng (có ghi nhận trong năm học)', 10),
				dec('parents_learning', 'Vận động cha mẹ học sinh tham gia học tập, xây dựng gia đình học tập', 5)
			]
		}
	]
};
