import { api, json, readJson } from '$lib/server/web/api';

/** Registers one subject (a household, a person, a clan, a village, a unit) for a title. */
export const POST = api(async ({ request, locals }) => json(await locals.services.titles.register(locals.auth, await readJson(request)), { status: 201 }));
