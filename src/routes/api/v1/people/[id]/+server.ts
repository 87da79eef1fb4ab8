import { api, json, readJson } from '$lib/server/web/api';

export const GET = api(async ({ params, locals }) => json(await locals.services.people.get(locals.auth, params.id!)));

export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.people.update(locals.auth, params.id!, await readJson(request))));
