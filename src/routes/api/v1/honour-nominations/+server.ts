import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Nominations to the honour board in the caller's scope (?unit=, ?year=, ?status=). */
export const GET = api(async ({ url, locals }) => json(await locals.services.honours.list(locals.auth, queryOf(url))));

/** Nominates a person: { unitId, orgId?, year, title, personName, residentId?, isMinor?, story, evidence, newsId? }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.honours.nominate(locals.auth, await readJson(request)), { status: 201 }));
