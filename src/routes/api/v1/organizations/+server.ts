import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Organisations in force today, optionally under a unit (?unit=), of a kind, matching ?q=. Public. */
export const GET = api(async ({ url, locals }) => json(await locals.services.places.listOrganizations(queryOf(url))));

export const POST = api(async ({ request, locals }) => json(await locals.services.places.createOrganization(locals.auth, await readJson(request)), { status: 201 }));
