import { api, json, readJson } from '$lib/server/web/api';

/** The village head registers many households of the village at once. */
export const POST = api(async ({ request, locals }) => json(await locals.services.titles.registerMany(locals.auth, await readJson(request))));
