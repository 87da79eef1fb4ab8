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

/** An officer could not link the account to a resident's record, and says why. */
export const refusalMail = (to: string, name: string, reason: string): MailMessage => ({
	to,
	subject: 'Yêu cầu liên kết hồ sơ — Suốt Đời',
	text: [
		`Chào ${name},`,
		'',
		`Cán bộ xã chưa thể liên kết tài khoản của bạn với hồ sơ người dân. Lý do: ${reason}`,
		'',
		'Bạn vẫn dùng được các trang công khai và khóa học trực tuyến. Nếu cần, hãy liên hệ bộ phận một cửa của xã.',
		'',
		`The commune could not link your account to a resident's record. Reason: ${reason}. Public pages and online courses remain open to you.`
	].join('\n')
});
