/**
 * Sending email. Services post letters to the outbox (a job each, never SMTP inside a request);
 * the worker hands them to the mailer: over SMTP (nodemailer) when SMTP_URL is set, e.g.
 * `smtp://user:pass@mail.example.vn:587` (STARTTLS when the server offers it) or
 * `smtps://…:465`. Without it (the embedded demo) a message is written to the server's log
 * instead, so that a confirmation link can still be followed; the log says so plainly.
 */
import nodemailer from 'nodemailer';
import type { Jobs, QueuePolicy } from './jobs';

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

/** What services post letters with: queued as a job, sent by a worker with retries. */
export interface Outbox {
	/** false when messages only go to the log */
	readonly delivers: boolean;
	/**
	 * Queues a letter whose loss must not undo the act that caused it (a sign-up, a place in a
	 * class). The request never waits for SMTP: a worker sends it, retrying while the server is
	 * away. `about` says what it is for (the dead-letter view shows it, never the text). A letter
	 * that cannot even be queued is logged and answered as false.
	 */
	post(message: MailMessage, about: string): Promise<boolean>;
}

export const MAIL_QUEUE = 'mail';

/**
 * Retries of a letter: a minute, then doubling, nine attempts in all (about eight and a half
 * hours); MAIL_RETRY_SECONDS sets the first delay (tests use 1).
 */
export function mailPolicy(env: Record<string, string | undefined> = process.env): QueuePolicy {
	const first = Number(env.MAIL_RETRY_SECONDS);
	return { retryLimit: 8, retryDelay: Number.isInteger(first) && first > 0 ? first : 60, backoff: true };
}

/** The outbox over the job queue; this process sends the queue's letters once jobs start. */
export function createOutbox(jobs: Jobs, mailer: Mailer, policy: QueuePolicy = mailPolicy()): Outbox {
	jobs.define(MAIL_QUEUE, policy, async (data) => mailer.send(data.message as MailMessage));
	return {
		delivers: mailer.delivers,
		async post(message, about) {
			try {
				await jobs.send(MAIL_QUEUE, { about, message });
				return true;
			} catch (e) {
				console.error(`thư không vào được hàng đợi / mail could not be queued (${about}): ${(e as Error).message}`);
				return false;
			}
		}
	};
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
