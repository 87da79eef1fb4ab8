import { api, json } from '$lib/server/web/api';

/** A registration with its assessments and the evidence from the records. */
export const GET = api(async ({ params, locals }) => json(await locals.services.titles.registration(locals.auth, params.id!)));
