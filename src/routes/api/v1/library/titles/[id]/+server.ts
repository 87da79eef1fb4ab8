import { api, json } from '$lib/server/web/api';

/** Public: a title and the shelves its copies are on, with how many are in. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.publicTitle(params.id!)));
