import { api, json } from '$lib/server/web/api';

/** An officer in scope makes a one-day password-reset link for a linked resident, to hand over. */
export const POST = api(async ({ params, locals }) => json(await locals.services.signups.resetLinkFor(locals.auth, params.id!), { status: 201 }));
