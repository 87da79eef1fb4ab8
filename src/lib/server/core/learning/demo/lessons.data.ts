/**
 * The lessons of the demo's two online courses. The text is written for this demo (plain advice
 * on using a phone safely, in the spirit of the commune centres' digital-skills classes); it
 * cites no official document. Quizzes use every question kind.
 */
import type { LessonInput } from '../learning.schemas';
import type { Handout } from './handout.pdf';

/** A lesson; a PDF lesson carries the handout drawn for it at seed time. */
type DemoLesson = LessonInput & { handout?: Handout };

export const DEMO_LESSONS: Record<string, DemoLesson[]> = {
	'qm-ky-nang-so-co-ban': [
		{
			title: 'Bài 1. Làm quen với điện thoại thông minh',
			kind: 'text',
			body: [
				'Điện thoại thông minh có **màn hình cảm ứng**: chạm nhẹ để chọn, vuốt để chuyển trang, dùng hai ngón tay để phóng to chữ.',
				'- Nút nguồn ở cạnh máy: bấm giữ để tắt hoặc mở máy.',
				'- Biểu tượng *Cài đặt* (hình bánh răng) để chỉnh cỡ chữ, độ sáng, âm lượng.',
				'- Hãy đặt **mã khóa màn hình** để người khác không mở được máy của bạn.'
			].join('\n')
		},
		{
			title: 'Bài 2. Tìm kiếm thông tin và gọi video',
			kind: 'text',
			body: [
				'Mở trình duyệt, gõ điều bạn cần tìm, ví dụ *lịch tiêm chủng xã Quang Minh*. Gõ **không dấu** cũng tìm được.',
				'Để gọi video cho con cháu: mở ứng dụng nhắn tin, chọn người cần gọi, bấm biểu tượng máy quay.',
				'Chỉ tin thông tin từ trang của cơ quan nhà nước, nhà trường, trạm y tế; cẩn thận với tin lan truyền không rõ nguồn.'
			].join('\n\n')
		},
		{
			title: 'Bài 3. Bảo vệ tài khoản cá nhân',
			kind: 'text',
			body: [
				'**Không bao giờ** cho ai biết mã OTP, kể cả người xưng là công an, ngân hàng hay nhà mạng.',
				'Mật khẩu tốt: dài, có chữ hoa, chữ thường, số và ký hiệu; mỗi tài khoản một mật khẩu riêng.',
				'Khi nghi ngờ bị lừa đảo, hãy gọi cho người thân hoặc đến công an xã trước khi làm theo bất kỳ yêu cầu nào.'
			].join('\n\n')
		},
		{
			title: 'Bài kiểm tra cuối khóa',
			kind: 'quiz',
			passMark: 75,
			maxAttempts: 5,
			questions: [
				{ kind: 'single', prompt: 'Mật khẩu nào an toàn nhất?', options: ['123456', 'ngày sinh của mình', 'Hoa-Sen-Nở-2026!'], answer: [2], feedback: 'Mật khẩu dài, có chữ hoa, số và ký hiệu thì khó đoán.' },
				{ kind: 'multiple', prompt: 'Những dấu hiệu nào cho thấy có thể là lừa đảo?', options: ['Đòi mã OTP', 'Hối thúc chuyển tiền ngay', 'Hỏi thăm sức khỏe'], answer: [0, 1], feedback: 'Kẻ gian thường đòi mã OTP và hối thúc chuyển tiền.' },
				{ kind: 'true_false', prompt: 'Có thể cho nhân viên ngân hàng gọi điện đến biết mã OTP.', answer: [1], feedback: 'Không bao giờ cho ai biết mã OTP.' },
				{ kind: 'short', prompt: 'Để chỉnh cỡ chữ trên điện thoại, bạn mở mục nào?', answer: ['Cài đặt', 'Settings'], feedback: 'Mục Cài đặt (hình bánh răng).' }
			]
		}
	],
	'yl-an-toan-thong-tin': [
		{
			title: 'Bài 1. Thông tin cá nhân là gì?',
			kind: 'text',
			body: 'Họ tên, ngày sinh, số điện thoại, số căn cước, ảnh của bạn và con cháu đều là **thông tin cá nhân**. Chỉ cung cấp khi thật cần và cho đúng nơi.'
		},
		{
			title: 'Bài 2. Chia sẻ an toàn trên mạng xã hội',
			kind: 'text',
			body: '- Không đăng ảnh giấy tờ, vé máy bay, hóa đơn có mã.\n- Chỉ để bạn bè xem bài đăng về gia đình.\n- Hỏi ý kiến con cháu trước khi đăng ảnh của các cháu.'
		},
		{
			title: 'Bài 3. Sổ tay: mười điều giữ an toàn cho cả nhà',
			kind: 'pdf',
			body: 'Tải sổ tay về máy, đọc cùng người thân và dán ở nơi cả nhà dễ thấy.',
			handout: {
				title: 'Mười điều giữ an toàn thông tin cho cả nhà',
				intro: 'Sổ tay này do Trung tâm học tập cộng đồng soạn cho lớp trực tuyến “An toàn thông tin cho gia đình”. Mỗi điều dưới đây là một thói quen nhỏ; làm đều đặn thì kẻ gian khó lợi dụng.',
				points: [
					'Không bao giờ đọc mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng hay công an.',
					'Đặt mật khẩu dài, khác nhau cho từng tài khoản; không dùng ngày sinh.',
					'Bật xác thực hai lớp cho tài khoản ngân hàng, thư điện tử và mạng xã hội.',
					'Không đăng ảnh căn cước, hộ chiếu, vé máy bay, hóa đơn có mã lên mạng.',
					'Chỉ cài ứng dụng từ kho ứng dụng chính thức; không bấm vào đường dẫn lạ trong tin nhắn.',
					'Khi có người hối thúc chuyển tiền, hãy dừng lại và gọi hỏi người thân trước.',
					'Để bài đăng về gia đình ở chế độ chỉ bạn bè xem.',
					'Hỏi ý kiến con cháu trước khi đăng ảnh của các cháu.',
					'Cập nhật điện thoại khi có bản vá; đặt mã khóa màn hình.',
					'Nghi bị lừa: báo ngay cho ngân hàng và công an xã.'
				],
				footer: 'Tài liệu soạn cho bản trình diễn của Suốt Đời; không trích dẫn văn bản chính thức.'
			}
		},
		{
			title: 'Bài kiểm tra',
			kind: 'quiz',
			passMark: 70,
			questions: [
				{ kind: 'true_false', prompt: 'Đăng ảnh căn cước lên mạng xã hội là an toàn.', answer: [1] },
				{ kind: 'single', prompt: 'Trước khi đăng ảnh của cháu nhỏ, nên làm gì?', options: ['Đăng ngay cho mọi người xem', 'Hỏi ý kiến bố mẹ cháu', 'Gắn thẻ địa điểm nhà mình'], answer: [1] },
				{ kind: 'short', prompt: 'Mã gồm sáu chữ số ngân hàng gửi để xác nhận giao dịch gọi là mã gì?', answer: ['OTP', 'mã OTP'] }
			]
		}
	]
};
