import { api, json } from '$lib/server/web/api';

/** Withdraws a consent (the act stays on record, stamped). */
export const DELETE = api(async ({ params, locals }) => json(await locals.services.consents.withdraw(locals.auth, params.id!)));
