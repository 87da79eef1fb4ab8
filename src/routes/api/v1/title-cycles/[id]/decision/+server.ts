import { api, json, readJson } from '$lib/server/web/api';

/** The commune's decision: recognises the posted candidates and issues certificates. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.decide(locals.auth, params.id!, await readJson(request)), { status: 201 }));
