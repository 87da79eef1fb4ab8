import { api } from '$lib/server/web/api';

/** Erasure on request: the record is anonymised so that counts stay true. Audited. */
export const POST = api(async ({ params, locals }) => {
	await locals.services.people.erase(locals.auth, params.id!);
	return new Response(null, { status: 204 });
});
