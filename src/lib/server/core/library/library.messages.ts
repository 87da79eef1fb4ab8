/** The letters the bookshelves send (Vietnamese first, English below). */
import { formatDateVi } from '../../platform/clock';

export const LIBRARY_MAIL = {
	holdReady: (name: string, title: string, shelf: string, hours: string) => ({
		subject: `Sách bạn đặt đã có: ${title}`,
		text: `Chào ${name},\n\nCuốn "${title}" bạn đặt mượn đã về tủ sách ${shelf} và đang được giữ cho bạn.${hours ? `\nGiờ mở cửa: ${hours}.` : ''}\nMời bạn đến nhận sách.\n\nTrân trọng,\nSuốt Đời\n\n---\nThe book you reserved, "${title}", is waiting for you at ${shelf}.`
	}),
	dueSoon: (name: string, title: string, shelf: string, dueOn: string) => ({
		subject: `Sắp đến hạn trả sách: ${title}`,
		text: `Chào ${name},\n\nCuốn "${title}" bạn mượn ở tủ sách ${shelf} đến hạn trả ngày ${formatDateVi(dueOn)}.\nBạn có thể trả sách hoặc nhờ người giữ tủ sách gia hạn.\n\nTrân trọng,\nSuốt Đời\n\n---\n"${title}", borrowed from ${shelf}, is due on ${dueOn}.`
	}),
	challengeReached: (name: string, challenge: string, books: number, certificateUrl: string) => ({
		subject: `Chúc mừng bạn đã hoàn thành thử thách đọc: ${challenge}`,
		text: `Chào ${name},\n\nBạn đã đọc ${books} cuốn sách và hoàn thành thử thách "${challenge}". Xin chúc mừng bạn!\nGiấy chứng nhận của bạn đã được cấp; bạn có thể xem và tải về tại:\n${certificateUrl}\nGiấy chứng nhận cũng có trong trang Hồ sơ học tập của bạn.\n\nHãy tiếp tục giữ thói quen đọc sách nhé.\n\nTrân trọng,\nSuốt Đời\n\n---\nCongratulations: you read ${books} books and completed the reading challenge "${challenge}". Your certificate: ${certificateUrl}`
	})
};
