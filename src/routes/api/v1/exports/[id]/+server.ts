import { api, json } from '$lib/server/web/api';

/** One of the caller's exports: status, rows written of how many, and where to download it once done. */
export const GET = api(async ({ params, locals }) => json(await locals.services.exports.get(locals.auth, params.id!)));
