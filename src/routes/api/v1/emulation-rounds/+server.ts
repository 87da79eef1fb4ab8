import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Emulation rounds the caller reaches; the office (or a commune) opens one for a unit and a school year. */
export const GET = api(async ({ url, locals }) => json(await locals.services.emulation.listRounds(locals.auth, queryOf(url))));
export const POST = api(async ({ request, locals }) => json(await locals.services.emulation.openRound(locals.auth, await readJson(request)), { status: 201 }));
