import { api, json } from '$lib/server/web/api';

/** Public: a contest, its times, limit, prizes and entries. */
export const GET = api(async ({ params, locals }) => json(await locals.services.contests.get(locals.auth, params.id!)));
