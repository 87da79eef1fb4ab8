import { api, json } from '$lib/server/web/api';

/** Public: the ranking by score, then time. */
export const GET = api(async ({ params, url, locals }) => json(await locals.services.contests.ranking(locals.auth, params.id!, Number(url.searchParams.get('limit') ?? 50) || 50)));
