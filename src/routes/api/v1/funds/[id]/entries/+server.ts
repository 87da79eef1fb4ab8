import { api, json, queryOf } from '$lib/server/web/api';

/** The fund's book, latest entry first, 50 a page. */
export const GET = api(async ({ params, url, locals }) => json(await locals.services.funds.entries(locals.auth, params.id!, queryOf(url))));
