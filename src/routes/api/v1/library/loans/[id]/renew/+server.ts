import { api, json } from '$lib/server/web/api';

/** Renew a loan (its reader or the shelf's keeper). */
export const POST = api(async ({ params, locals }) => json(await locals.services.library.renew(locals.auth, params.id!)));
