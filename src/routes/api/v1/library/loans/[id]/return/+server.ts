import { api, json } from '$lib/server/web/api';

/** Take a loan's copy back; it goes to the first reader waiting, who is emailed. */
export const POST = api(async ({ params, locals }) => json(await locals.services.library.returnLoan(locals.auth, params.id!)));
