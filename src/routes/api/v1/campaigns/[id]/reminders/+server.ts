import { api, json } from '$lib/server/web/api';

/** Remind every holder that has not reported, by email (the outbox). */
export const POST = api(async ({ params, locals }) => json(await locals.services.campaigns.remind(locals.auth, params.id!)));
