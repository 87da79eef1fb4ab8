import { api, json } from '$lib/server/web/api';

/** One sign-up with the registry records it might be (officers in scope). */
export const GET = api(async ({ params, locals }) => json(await locals.services.signups.get(locals.auth, params.id!)));
