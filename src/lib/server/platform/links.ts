/**
 * Addresses of the platform's pages. Absolute ones for what leaves a request: links in mail, the
 * QR code on a certificate, a reset link an officer hands over; site-relative paths for what a
 * record carries to the pages (a cover picture, a lesson's video). Built once from the public
 * origin (ORIGIN, as adapter-node reads it), so that the core never takes a request's origin
 * and background work can make the same links.
 */
export interface Links {
	resetPassword(token: string): string;
	confirmSignup(token: string): string;
	verifyCertificate(code: string): string;
	/** a learning title's certificate, checked by anyone holding it (its QR code) */
	verifyTitle(code: string): string;
	/** a fund donation's receipt, checked by anyone holding it (its QR code) */
	verifyReceipt(code: string): string;
	/** an event's ticket (its QR code, read at the door) */
	ticket(code: string): string;
	/** a bookshelf copy's public page: what its QR label holds (the keeper's scanner reads the code from it) */
	libraryCopy(code: string): string;
	/** Site-relative paths that records carry to the pages and the API (same on every origin). */
	file(key: string): string;
	lessonMedia(lessonId: string): string;
	lessonCaptions(lessonId: string): string;
}

export function linksFor(origin: string): Links {
	const base = origin.replace(/\/+$/, '');
	return {
		resetPassword: (token) => `${base}/reset-password?token=${encodeURIComponent(token)}`,
		confirmSignup: (token) => `${base}/sign-up/confirm?token=${encodeURIComponent(token)}`,
		verifyCertificate: (code) => `${base}/verify/${encodeURIComponent(code)}`,
		verifyTitle: (code) => `${base}/titles/certificates/${encodeURIComponent(code)}`,
		verifyReceipt: (code) => `${base}/receipts/${encodeURIComponent(code)}`,
		ticket: (code) => `${base}/tickets/${encodeURIComponent(code)}`,
		libraryCopy: (code) => `${base}/library/copies/${encodeURIComponent(code)}`,
		file: (key) => `/files/${key.split('/').map(encodeURIComponent).join('/')}`,
		lessonMedia: (id) => `/api/v1/lessons/${encodeURIComponent(id)}/media`,
		lessonCaptions: (id) => `/api/v1/lessons/${encodeURIComponent(id)}/captions`
	};
}

/** The public origin: ORIGIN when set (it must be, in production), else the local address. */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
	return env.ORIGIN?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`;
}
