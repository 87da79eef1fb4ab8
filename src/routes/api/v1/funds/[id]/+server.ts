import { api, json } from '$lib/server/web/api';

/** A fund: its balance (from its book), how many entries, and the hash of the latest. */
export const GET = api(async ({ params, locals }) => json(await locals.services.funds.get(locals.auth, params.id!)));
