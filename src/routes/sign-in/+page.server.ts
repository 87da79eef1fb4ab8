import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { formAction, isFailure, readForm, safeNext } from '$lib/server/web/forms';
import { SESSION_COOKIE, setSessionCookie } from '$lib/server/web/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.auth.actor) redirect(303, safeNext(url.searchParams.get('next')));
	return { demo: env.SUOTDOI_DEMO === '1' };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const values = await readForm(request);
		const r = await formAction(event, values, () =>
			locals.services.accounts.signIn({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, { login: values.login ?? '', password: values.password ?? '' }, cookies.get(SESSION_COOKIE))
		);
		if (isFailure(r)) return r;
		setSessionCookie(cookies, url, r.token, r.expiresAt);
		const staffHome = r.can.console ? '/console' : '/account';
		redirect(303, safeNext(url.searchParams.get('next'), staffHome));
	}
};
