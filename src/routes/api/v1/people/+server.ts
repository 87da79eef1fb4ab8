import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Residents within the caller's scope; ?q= matches names typed with or without accents. */
export const GET = api(async ({ url, locals }) => json(await locals.services.people.list(locals.auth, queryOf(url))));

export const POST = api(async ({ request, locals }) => json(await locals.services.people.create(locals.auth, await readJson(request)), { status: 201 }));
