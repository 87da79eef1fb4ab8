import { api, json, readJson } from '$lib/server/web/api';

/**
 * Judges the class from its attendance: those who attended enough complete and receive
 * certificates — once its last session is over, or earlier with { early: true }; { preview: true } issues nothing.
 */
export const POST = api(async ({ params, request, locals }) => {
	const body = request.headers.get('content-length') === '0' || !request.headers.get('content-type') ? {} : await readJson(request);
	return json(await locals.services.credentials.completeClass(locals.auth, params.id!, body));
});
