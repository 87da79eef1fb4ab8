import { api, json } from '$lib/server/web/api';

/** The fund's donors with what each has given and pledged. */
export const GET = api(async ({ params, locals }) => json(await locals.services.funds.donors(locals.auth, params.id!)));
