import { api, json, queryOf } from '$lib/server/web/api';

/** Registered against recognised, by title and village, against the targets. */
export const GET = api(async ({ url, locals }) => json(await locals.services.titles.figures(locals.auth, queryOf(url))));
