import { api, json, readJson } from '$lib/server/web/api';

/** `{}`: the signed-in learner takes a place (or joins the waiting list); `{ "personId" }`: a manager enrols a resident. */
export const POST = api(async ({ params, request, locals }) => {
	const body = request.headers.get('content-length') === '0' ? {} : await readJson(request);
	return json(await locals.services.learning.enrol(locals.auth, params.id!, body), { status: 201 });
});
