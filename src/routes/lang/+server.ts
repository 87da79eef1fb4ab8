import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { safeNext } from '$lib/server/web/forms';
import type { RequestHandler } from './$types';

/** Switches the language (a cookie for a year) and goes back where the person was. */
export const GET: RequestHandler = ({ url, cookies }) => {
	const to = url.searchParams.get('to');
	if (isLocale(to)) cookies.set('lang', to, { path: '/', httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 365 * 86400 });
	const next = url.searchParams.get('next') ?? '/';
	redirect(303, safeNext(next));
};
