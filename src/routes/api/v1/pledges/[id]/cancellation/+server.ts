import { api, json } from '$lib/server/web/api';

/** A pledge the donor will not keep, closed; what it brought stays. */
export const POST = api(async ({ params, locals }) => json(await locals.services.funds.cancelPledge(locals.auth, params.id!)));
