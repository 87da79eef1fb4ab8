import { api, json } from '$lib/server/web/api';

/** The objections of a cycle, for the commune. */
export const GET = api(async ({ params, locals }) => json({ items: await locals.services.titles.objections(locals.auth, params.id!) }));
