import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	locale: locals.auth.locale,
	me: locals.services.accounts.viewer(locals.auth)
});
