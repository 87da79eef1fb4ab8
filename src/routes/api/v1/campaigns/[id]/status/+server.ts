import { api, json } from '$lib/server/web/api';

/** Where each holder of a commune campaign stands: reported or not, overdue, reminded. */
export const GET = api(async ({ params, locals }) => json(await locals.services.campaigns.status(locals.auth, params.id!)));
