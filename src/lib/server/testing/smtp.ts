/**
 * A real SMTP server for tests (smtp-server, the server half of nodemailer's project): the
 * platform sends over a TCP connection, the test reads what arrived, parsed.
 */
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	from: string;
	subject: string;
	text: string;
}

export interface TestSmtp {
	url: string;
	received: ReceivedMail[];
	/** the next message to this address (waits up to 10 s) */
	next(to: string): Promise<ReceivedMail>;
	/** the server goes away (connections refused on its port) until start() */
	stop(): Promise<void>;
	/** listens again on the same port */
	start(): Promise<void>;
	close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
	const received: ReceivedMail[] = [];
	const waiting: { to: string; resolve: (m: ReceivedMail) => void }[] = [];
	const make = () => new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(',');
					const m: ReceivedMail = { to, from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', subject: parsed.subject ?? '', text: parsed.text ?? '' };
					received.push(m);
					for (const w of waiting.filter((x) => to.includes(x.to))) {
						waiting.splice(waiting.indexOf(w), 1);
						w.resolve(m);
					}
					callback();
				})
				.catch((e: Error) => callback(e));
		}
	});
	let server = make();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	let up = true;
	const stop = () => (up ? new Promise<void>((resolve) => server.close(() => resolve())).then(() => void (up = false)) : Promise.resolve());
	const seen = new Map<string, number>();
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		next(to) {
			const addr = to.toLowerCase();
			const from = seen.get(addr) ?? 0;
			const ready = received.filter((m) => m.to.includes(addr))[from];
			seen.set(addr, from + 1);
			if (ready) return Promise.resolve(ready);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no mail to ${to} within 10 s`)), 10_000);
				waiting.push({ to: addr, resolve: (m) => (clearTimeout(timer), resolve(m)) });
			});
		},
		stop,
		async start() {
			if (up) return;
			server = make();
			await new Promise<void>((resolve, reject) => {
				server.server.once('error', reject);
				server.listen(port, '127.0.0.1', resolve);
			});
			up = true;
		},
		close: stop
	};
}
