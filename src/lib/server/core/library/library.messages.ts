/** The letters the bookshelves send (Vietnamese first, English below). */
import { formatDateVi } from '../../platform/clock';

export const LIBRARY_MAIL = {
	holdReady: (name: string, title: string, shelf: string, hours: string, until: string | null) => ({
		subject: `Sách bạn đặt đã có: ${title}`,
		text: `Chào ${name},\n\nCuốn "${title}" bạn đặt mượn đã về tủ sách ${shelf} và đang được giữ cho bạn${until ? ` đến hết ngày ${formatDateVi(until)}` : ''}.${hours ? `\nGiờ mở cửa: ${hours}.` : ''}\nMời bạn đến nhận sách.${until ? ' Sau ngày đó, sách sẽ được chuyển cho bạn đọc tiếp theo.' : ''}\n\nTrân trọng,\nSuốt Đời\n\n---\nThe book you reserved, "${title}", is waiting for you at ${shelf}${until ? ` until ${until}` : ''}.`
	}),
	overdue: (name: string, title: string, shelf: string, dueOn: string, hours: string) => ({
		subject: `Sách đã quá hạn trả: ${title}`,
		text: `Chào ${name},\n\nCuốn "${title}" bạn mượn ở tủ sách ${shelf} đã đến hạn trả từ ngày ${formatDateVi(dueOn)}. Có thể bạn đang đọc dở hoặc chưa có dịp ghé qua — không sao cả.\nKhi thuận tiện, mời bạn mang sách đến trả để người khác cũng được đọc, hoặc nhờ người giữ tủ sách gia hạn nếu bạn cần thêm thời gian.${hours ? `\nGiờ mở cửa: ${hours}.` : ''}\nNếu bạn đã trả sách rồi, xin bỏ qua thư này.\n\nCảm ơn bạn,\nSuốt Đời\n\n---\n"${title}", borrowed from ${shelf}, was due on ${dueOn}. Please bring it back when you can, or ask the keeper to renew it. If you have returned it already, please ignore this letter.`
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
