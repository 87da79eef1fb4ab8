import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/web/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	one: async ({ locals, cookies, url }) => {
		await locals.services.accounts.signOut(locals.auth);
		clearSessionCookie(cookies, url);
		redirect(303, '/?signedout=1');
	},
	everywhere: async ({ locals, cookies, url }) => {
		if (locals.auth.actor) await locals.services.accounts.signOutEverywhere(locals.auth);
		clearSessionCookie(cookies, url);
		redirect(303, '/?signedout=1');
	}
};
