import { api, json } from '$lib/server/web/api';

/** The round's schools ranked by the reviewed total (ties: the earlier submission); the unreviewed after. */
export const GET = api(async ({ params, locals }) => json({ items: await locals.services.emulation.ranking(locals.auth, params.id!) }));
