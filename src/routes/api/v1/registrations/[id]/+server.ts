import { api, json } from '$lib/server/web/api';

/** Give a place up (its holder, or a manager): the longest-waiting registrant takes it. */
export const DELETE = api(async ({ params, locals }) => json(await locals.services.events.cancel(locals.auth, params.id!)));
