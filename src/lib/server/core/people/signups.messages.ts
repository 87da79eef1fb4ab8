/** The messages sent about sign-ups (Vietnamese first, English after). */
import { linkLetter, type MailMessage } from '../../platform/mail';

/** The link that confirms a new account's email address (three days). */
export const confirmEmailMail = (to: string, name: string, url: string): MailMessage =>
	linkLetter({
		to,
		subject: 'Xác nhận thư điện tử — Suốt Đời',
		name,
		ask: 'Cảm ơn bạn đã đăng ký tài khoản trên Suốt Đời. Hãy mở đường dẫn dưới đây (trong vòng 3 ngày) để xác nhận địa chỉ thư điện tử này:',
		url,
		ifNotYou: 'Nếu bạn không đăng ký, hãy bỏ qua thư này.',
		english: 'Thanks for signing up to Suốt Đời. Open the link above within three days to confirm this email address; if it was not you, ignore this message.'
	});
