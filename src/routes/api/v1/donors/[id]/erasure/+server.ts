import { api, json } from '$lib/server/web/api';

/** The donor's personal data erased on their request; the book keeps what they gave, unnamed. */
export const POST = api(async ({ params, locals }) => json(await locals.services.funds.eraseDonor(locals.auth, params.id!)));
