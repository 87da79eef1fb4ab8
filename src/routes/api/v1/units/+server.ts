import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** The tree as of ?at=YYYY-MM-DD (default today). Public: administrative units are public facts. */
export const GET = api(async ({ url, locals }) => json(await locals.services.places.tree(queryOf(url))));

/** Adds a unit under a parent (units.manage over the parent). */
export const POST = api(async ({ request, locals }) => json(await locals.services.places.createUnit(locals.auth, await readJson(request)), { status: 201 }));
