import { api, json } from '$lib/server/web/api';

/** Creates the resident's record from the sign-up and links it. */
export const POST = api(async ({ params, locals }) => json(await locals.services.signups.createRecord(locals.auth, params.id!), { status: 201 }));
