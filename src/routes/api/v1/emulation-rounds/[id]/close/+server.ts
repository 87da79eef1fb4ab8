import { api, json } from '$lib/server/web/api';

/** Closes the round to self-scores. */
export const POST = api(async ({ params, locals }) => json(await locals.services.emulation.closeRound(locals.auth, params.id!)));
