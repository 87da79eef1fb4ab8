import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Cycles in scope; a commune opens its cycle for a year. */
export const GET = api(async ({ url, locals }) => json(await locals.services.titles.cycles(locals.auth, queryOf(url))));
export const POST = api(async ({ request, locals }) => json(await locals.services.titles.openCycle(locals.auth, await readJson(request)), { status: 201 }));
