import { api, json } from '$lib/server/web/api';

/** Cancel a challenge: no one joins any more; certificates already issued stay valid. */
export const POST = api(async ({ params, locals }) => json(await locals.services.library.cancelChallenge(locals.auth, params.id!)));
