/** Form actions: plain objects in, field messages out, so pages work with JavaScript off. */
import { error, fail, isActionFailure, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { AppError } from '../platform/errors';
import type { AuthContext } from '../platform/access';
import { translateError } from './problem';

export interface FormFailure {
	/** which form of the page failed, when a page has several */
	form?: string;
	message: string;
	errors: Record<string, string>;
	values: Record<string, string>;
}

/** Reads a form into an object of strings; secrets are never echoed back. */
export async function readForm(request: Request): Promise<Record<string, string>> {
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		return {}; // a malformed body: validation answers with field messages
	}
	const out: Record<string, string> = {};
	for (const [k, v] of fd) if (typeof v === 'string') out[k] = v;
	return out;
}

/** Reads a form keeping every value of each field (a question with several answers ticked); null for a malformed body. */
export async function readFormAll(request: Request): Promise<Record<string, string[]> | null> {
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		return null;
	}
	const out: Record<string, string[]> = {};
	for (const [k, v] of fd) if (typeof v === 'string') (out[k] ??= []).push(v);
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
	fn: () => Promise<T>,
	opts: { form?: string } = {}
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (e) {
		if (!(e instanceof AppError)) throw e;
		if (e.code === 'unauthenticated') redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
		const x = translateError(e, event.locals.auth.locale);
		return fail(x.status, { ...(opts.form && { form: opts.form }), message: x.message, errors: x.fields, values: safeValues(values) });
	}
}

/** The named fields of a form (missing ones as ''), for a service input that takes exactly those. */
export function fieldsOf<K extends string>(values: Record<string, string>, keys: readonly K[]): Record<K, string> {
	return Object.fromEntries(keys.map((k) => [k, values[k] ?? ''])) as Record<K, string>;
}

/** Whether formAction answered a failure (never tell by sniffing properties: a failure has a `status` too). */
export function isFailure<T>(r: T | ActionFailure<FormFailure>): r is ActionFailure<FormFailure> {
	return isActionFailure(r);
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
	// browsers drop tabs and newlines from URLs and read \ as /, so none may pass
	// eslint-disable-next-line no-control-regex -- refusing control characters is the point
	if (!next || /[\x00-\x1f\x7f\\]/.test(next) || !next.startsWith('/') || next.startsWith('//')) return fallback;
	try {
		const u = new URL(next, 'http://local.invalid');
		return u.origin === 'http://local.invalid' ? u.pathname + u.search + u.hash : fallback;
	} catch {
		return fallback;
	}
}
