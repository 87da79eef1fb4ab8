import { api } from '$lib/server/web/api';

export const DELETE = api(async ({ params, locals }) => {
	await locals.services.accounts.revokeToken(locals.auth, params.id!);
	return new Response(null, { status: 204 });
});
