/**
 * Sending email. One interface; over SMTP (nodemailer) when SMTP_URL is set, e.g.
 * `smtp://user:pass@mail.example.vn:587` (STARTTLS when the server offers it) or
 * `smtps://…:465`. Without it (the embedded demo) a message is written to the server's log
 * instead, so that a confirmation link can still be followed; the log says so plainly.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	/** false when messages only go to the log */
	readonly delivers: boolean;
	send(message: MailMessage): Promise<void>;
}

/**
 * Sends a message whose loss must not undo the act that caused it (a sign-up, a place in a
 * class): a failure is logged with what it was about, and answered as false.
 */
export async function trySend(mailer: Mailer, message: MailMessage, about: string): Promise<boolean> {
	try {
		await mailer.send(message);
		return true;
	} catch (e) {
		console.error(`mail about ${about} could not be sent: ${(e as Error).message}`);
		return false;
	}
}

/**
 * A short letter with one link, as the platform's one-time links are sent: a greeting, what
 * to do, the link, what to do if it was not you, and the same in English.
 */
export function linkLetter(l: { to: string; subject: string; name: string; ask: string; url: string; ifNotYou: string; english: string }): MailMessage {
	return { to: l.to, subject: l.subject, text: [`Chào ${l.name},`, '', l.ask, '', l.url, '', l.ifNotYou, '', l.english].join('\n') };
}

export const DEFAULT_FROM = 'Suốt Đời <khong-tra-loi@suotdoi.local>';

export function createMailer(url: string | undefined = process.env.SMTP_URL, from: string = process.env.MAIL_FROM ?? DEFAULT_FROM): Mailer {
	if (!url) {
		return {
			delivers: false,
			async send(m) {
				console.log(`[thư chưa gửi: chưa cấu hình SMTP_URL / mail not sent: SMTP_URL unset]\nTo: ${m.to}\nSubject: ${m.subject}\n\n${m.text}\n`);
			}
		};
	}
	const transport = nodemailer.createTransport(url, { from });
	return {
		delivers: true,
		async send(m) {
			await transport.sendMail({ to: m.to, subject: m.subject, text: m.text });
		}
	};
}
