/** Form actions: plain objects in, field messages out, so pages work with JavaScript off. */
import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { AppError } from '../platform/errors';
import type { AuthContext } from '../platform/access';
import { translateError } from './problem';

export interface FormFailure {
	message: string;
	errors: Record<string, string>;
	values: Record<string, string>;
}

/** Reads a form into an object of strings; secrets are never echoed back. */
export async function readForm(request: Request): Promise<Record<string, string>> {
	const fd = await request.formData();
	const out: Record<string, string> = {};
	for (const [k, v] of fd) if (typeof v === 'string') out[k] = v;
	return out;
}

export function safeValues(values: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(values)) if (!/password|token/i.test(k)) out[k] = v;
	return out;
}

/** Runs a use case; an AppError becomes a re-rendered form with messages, never a 500. */
export async function formAction<T>(
	event: RequestEvent,
	values: Record<string, string>,
	fn: () => Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (e) {
		if (!(e instanceof AppError)) throw e;
		if (e.code === 'unauthenticated') redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
		const x = translateError(e, event.locals.auth.locale);
		return fail(x.status, { message: x.message, errors: x.fields, values: safeValues(values) });
	}
}

/** Pages that need a signed-in actor send others to sign in, then back. */
export function requireSignedIn(event: RequestEvent): AuthContext {
	const auth = event.locals.auth;
	if (!auth.actor) redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return auth;
}

/** For page loads: an AppError becomes SvelteKit's error page with a translated message. */
export { translateError };

/** Runs a page load; an AppError becomes SvelteKit's error page in the user's language. */
export async function pageLoad<T>(event: RequestEvent, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (!(e instanceof AppError)) throw e;
		if (e.code === 'unauthenticated') redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		const x = translateError(e, event.locals.auth.locale);
		error(x.status, { message: x.message, code: x.code });
	}
}

/** A local path to go back to after signing in; anything else becomes the fallback. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
	return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}
