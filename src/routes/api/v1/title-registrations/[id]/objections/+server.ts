import { api, json, readJson } from '$lib/server/web/api';

/** A resident of the village objects to a posted candidate. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.object(locals.auth, params.id!, await readJson(request)), { status: 201 }));
