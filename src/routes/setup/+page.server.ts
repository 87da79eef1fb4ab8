import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, readForm } from '$lib/server/web/forms';
import { setSessionCookie } from '$lib/server/web/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!(await locals.services.accounts.needsSetup())) redirect(303, '/sign-in');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const values = await readForm(request);
		const r = await formAction(event, values, () =>
			locals.services.accounts.setupFirstAdmin({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, { login: values.login ?? '', displayName: values.displayName ?? '', email: values.email ?? '', password: values.password ?? '' })
		);
		if (isFailure(r)) return r;
		setSessionCookie(cookies, url, r.token, r.expiresAt);
		redirect(303, '/console');
	}
};
