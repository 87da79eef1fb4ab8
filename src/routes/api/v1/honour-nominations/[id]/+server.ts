import { api, json } from '$lib/server/web/api';

/** One nomination, with its consent on record and whether the caller may review it. */
export const GET = api(async ({ params, locals }) => json(await locals.services.honours.get(locals.auth, params.id!)));
