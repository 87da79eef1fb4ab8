import { api, json, readJson } from '$lib/server/web/api';

/** A published item to everyone; a draft or archived one to those who manage it. */
export const GET = api(async ({ params, locals }) => {
	try {
		return json(await locals.services.news.getPublished(params.id!));
	} catch (e) {
		if (!locals.auth.actor) throw e;
		return json(await locals.services.news.getManaged(locals.auth, params.id!));
	}
});

/** Edits; publishing and archiving are a change of `status`. */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.news.update(locals.auth, params.id!, await readJson(request))));
