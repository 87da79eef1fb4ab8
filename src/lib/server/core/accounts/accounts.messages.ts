/** The messages the accounts module sends (Vietnamese first, English after). */
import { linkLetter, type MailMessage } from '../../platform/mail';

/** "Forgot my password": the one-hour link. */
export const resetPasswordMail = (to: string, name: string, url: string): MailMessage =>
	linkLetter({
		to,
		subject: 'Đặt lại mật khẩu Suốt Đời',
		name,
		ask: 'Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên Suốt Đời. Hãy mở đường dẫn dưới đây trong vòng 1 giờ để đặt mật khẩu mới:',
		url,
		ifNotYou: 'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
		english: 'Someone asked to reset your Suốt Đời password. Open the link above within an hour to choose a new one; if it was not you, ignore this message.'
	});
