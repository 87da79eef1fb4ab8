import { api, json, queryOf } from '$lib/server/web/api';

/** Public: a commune's funds in a year (?year=, this year by default), each fund's figures and the commune's totals. */
export const GET = api(async ({ params, url, locals }) => json(await locals.services.funds.communeView(params.id!, queryOf(url))));
