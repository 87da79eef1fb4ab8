import { api, json, queryOf } from '$lib/server/web/api';

/** Public: the honour board (?unit= a commune or village, ?year=): approved nominations whose consent stands, never the evidence. */
export const GET = api(async ({ url, locals }) => json(await locals.services.honours.board(queryOf(url))));
