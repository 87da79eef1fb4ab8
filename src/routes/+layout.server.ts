import { can, isStaff } from '$lib/server/platform/access';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const a = locals.auth;
	return {
		locale: a.locale,
		me: a.actor ? { login: a.actor.login, displayName: a.actor.displayName, staff: isStaff(a), console: can(a, 'console.enter') } : null
	};
};
