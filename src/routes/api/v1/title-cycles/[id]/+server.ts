import { api, json } from '$lib/server/web/api';

/** A cycle with its counts per village. */
export const GET = api(async ({ params, locals }) => json(await locals.services.titles.cycle(locals.auth, params.id!)));
