import { api, json, readJson } from '$lib/server/web/api';

export const GET = api(async ({ params, locals }) => json(await locals.services.places.getOrganization(params.id!)));

export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.places.updateOrganization(locals.auth, params.id!, await readJson(request))));
