import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Public: open reading challenges not over (when=past: over), optionally those concerning a place (unit). */
export const GET = api(async ({ url, locals }) => json(await locals.services.library.challenges(queryOf(url))));

/** Set a reading challenge in a commune or the city (library.manage there), organised by a centre, school or association branch. */
export const POST = api(async ({ request, locals }) => json(await locals.services.library.createChallenge(locals.auth, await readJson(request)), { status: 201 }));
