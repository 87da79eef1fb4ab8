import { api, json } from '$lib/server/web/api';

/** A published event (public), with the caller's own ticket when signed in. */
export const GET = api(async ({ params, locals }) => json(await locals.services.events.get(locals.auth, params.id!)));
