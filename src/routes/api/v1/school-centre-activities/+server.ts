import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Joint school–centre activities (one organisation's with ?orgId, or all those in scope); either side records one. */
export const GET = api(async ({ url, locals }) => json(await locals.services.emulation.activities.list(locals.auth, queryOf(url))));
export const POST = api(async ({ request, locals }) => json(await locals.services.emulation.activities.record(locals.auth, await readJson(request)), { status: 201 }));
