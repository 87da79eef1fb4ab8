import { api, json, readJson } from '$lib/server/web/api';

/** The commune answers an objection (once). */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.answer(locals.auth, params.id!, await readJson(request))));
