import { api, json, readJson } from '$lib/server/web/api';

/** A shelf the caller keeps or manages, with its keepers; out of scope is 404. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.getShelf(locals.auth, params.id!)));

/** Change a shelf's name, address, hours, loan period or renewals. */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.library.updateShelf(locals.auth, params.id!, await readJson(request))));
