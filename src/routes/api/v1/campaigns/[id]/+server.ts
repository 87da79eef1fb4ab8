import { api, json } from '$lib/server/web/api';

/** A campaign with its plan: the city's directives it inherits, then its own. */
export const GET = api(async ({ params, locals }) => json(await locals.services.campaigns.get(locals.auth, params.id!)));
