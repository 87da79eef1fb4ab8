import { api, json } from '$lib/server/web/api';

/** Public: whether a title certificate is valid. */
export const GET = api(async ({ params, locals }) => json(await locals.services.titles.verify(params.code!)));
