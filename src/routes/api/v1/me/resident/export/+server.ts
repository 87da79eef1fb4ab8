import { api, json } from '$lib/server/web/api';

/** Everything held about the signed-in resident, as a JSON download. */
export const GET = api(async ({ locals }) =>
	json(await locals.services.people.exportMine(locals.auth), { headers: { 'content-disposition': 'attachment; filename="du-lieu-cua-toi.json"' } })
);
