import { api, json } from '$lib/server/web/api';

/** Close review with the approvals made: the round is decided (the chair). */
export const POST = api(async ({ params, locals }) => json(await locals.services.scholarships.decide(locals.auth, params.id!)));
