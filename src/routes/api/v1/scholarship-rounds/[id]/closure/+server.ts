import { api, json } from '$lib/server/web/api';

/** Close nominations; review goes on (the chair). */
export const POST = api(async ({ params, locals }) => json(await locals.services.scholarships.closeNominations(locals.auth, params.id!)));
