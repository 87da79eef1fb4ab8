import { api, json } from '$lib/server/web/api';

/** A round with the criteria set in force and its ranking. */
export const GET = api(async ({ params, locals }) => json(await locals.services.emulation.getRound(locals.auth, params.id!)));
