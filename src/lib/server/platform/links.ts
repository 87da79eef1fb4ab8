/**
 * Absolute addresses of the platform's pages, for what leaves a request: links in mail, the
 * QR code on a certificate, a reset link an officer hands over. Built once from the public
 * origin (ORIGIN, as adapter-node reads it), so that the core never takes a request's origin
 * and background work can make the same links.
 */
export interface Links {
	resetPassword(token: string): string;
	confirmSignup(token: string): string;
	verifyCertificate(code: string): string;
}

export function linksFor(origin: string): Links {
	const base = origin.replace(/\/+$/, '');
	return {
		resetPassword: (token) => `${base}/reset-password?token=${encodeURIComponent(token)}`,
		confirmSignup: (token) => `${base}/sign-up/confirm?token=${encodeURIComponent(token)}`,
		verifyCertificate: (code) => `${base}/verify/${encodeURIComponent(code)}`
	};
}

/** The public origin: ORIGIN when set (it must be, in production), else the local address. */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
	return env.ORIGIN?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`;
}
