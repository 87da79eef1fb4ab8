import { api, json } from '$lib/server/web/api';

/** A commune sends its report upward: its status becomes "sent". */
export const POST = api(async ({ params, locals }) => json(await locals.services.campaigns.submitReport(locals.auth, params.id!)));
