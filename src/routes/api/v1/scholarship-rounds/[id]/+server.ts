import { api, json } from '$lib/server/web/api';

/** A round as the caller may see it: the chair everything, a reviewer scores once they have scored, a nominator their own nominations. */
export const GET = api(async ({ params, locals }) => json(await locals.services.scholarships.round(locals.auth, params.id!)));
