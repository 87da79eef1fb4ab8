import { api, json } from '$lib/server/web/api';

/** Everything held about the resident, as JSON (access and portability). Audited. */
export const GET = api(async ({ params, locals }) =>
	json(await locals.services.people.exportData(locals.auth, params.id!), { headers: { 'content-disposition': `attachment; filename="du-lieu-ca-nhan-${params.id}.json"` } })
);
