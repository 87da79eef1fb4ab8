import { api } from '$lib/server/web/api';

/** Cancel a hold; a copy set aside for it goes to the next reader. */
export const DELETE = api(async ({ params, locals }) => {
	await locals.services.library.cancelHold(locals.auth, params.id!);
	return new Response(null, { status: 204 });
});
