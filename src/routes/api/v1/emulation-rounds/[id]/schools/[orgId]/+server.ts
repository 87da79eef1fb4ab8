import { api, json } from '$lib/server/web/api';

/** A school's score in the round under the set it was scored with (or the set in force, before it is submitted). */
export const GET = api(async ({ params, locals }) => json(await locals.services.emulation.getScore(locals.auth, params.id!, params.orgId!)));
