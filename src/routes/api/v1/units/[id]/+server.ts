import { api, json, queryOf, readJson } from '$lib/server/web/api';

export const GET = api(async ({ params, url, locals }) => json(await locals.services.places.getUnit(params.id!, queryOf(url))));

export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.places.updateUnit(locals.auth, params.id!, await readJson(request))));
