import { api, json, readJson } from '$lib/server/web/api';

/** Place a hold on a title at a shelf: the caller's own, or a keeper's for a reader (login). */
export const POST = api(async ({ request, locals }) => json(await locals.services.library.placeHold(locals.auth, await readJson(request)), { status: 201 }));
