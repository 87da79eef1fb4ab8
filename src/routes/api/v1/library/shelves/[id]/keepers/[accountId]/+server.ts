import { api } from '$lib/server/web/api';

/** Take a keeper off the shelf (library.manage over it); not a keeper of this shelf, or out of scope: 404. */
export const DELETE = api(async ({ params, locals }) => {
	await locals.services.library.removeKeeper(locals.auth, params.id!, params.accountId!);
	return new Response(null, { status: 204 });
});
