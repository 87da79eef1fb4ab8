/** The HTTP edge of errors: AppError → status and a message per field in the user's language. */
import { t, type Locale } from '$lib/i18n';
import { AppError, httpStatus, isAppError } from '../platform/errors';

export interface TranslatedError {
	status: number;
	code: string;
	message: string;
	fields: Record<string, string>;
	retryAfter?: number;
}

export function translateError(e: unknown, locale: Locale): TranslatedError {
	const err = isAppError(e) ? e : new AppError('internal');
	if (!isAppError(e)) console.error('unexpected error', e);
	const fields: Record<string, string> = {};
	for (const [k, m] of Object.entries(err.fields)) fields[k] = t(locale, m.key, m.params);
	const out: TranslatedError = { status: httpStatus(err.code), code: err.code, message: t(locale, err.key, err.params), fields };
	if (err.retryAfter !== undefined) out.retryAfter = err.retryAfter;
	return out;
}

/** RFC 9457 problem details, with `errors` holding one message per field. */
export function problemResponse(e: unknown, locale: Locale): Response {
	const x = translateError(e, locale);
	const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' };
	if (x.retryAfter !== undefined) headers['retry-after'] = String(x.retryAfter);
	return new Response(
		JSON.stringify({ type: `https://suotdoi.vn/problems/${x.code}`, title: x.message, status: x.status, code: x.code, errors: x.fields }),
		{ status: x.status, headers }
	);
}
