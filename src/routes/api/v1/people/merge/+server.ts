import { api, json, readJson } from '$lib/server/web/api';

/** Merges a duplicate record into the one kept: { keepId, dropId }, both in scope. */
export const POST = api(async ({ request, locals }) => json(await locals.services.people.merge(locals.auth, await readJson(request))));
