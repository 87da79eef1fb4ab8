import { api, json } from '$lib/server/web/api';

/** Take part: the caller's one attempt (the same one again while open; 409 once submitted), questions drawn from the bank. */
export const POST = api(async ({ params, locals }) => json(await locals.services.contests.start(locals.auth, params.id!), { status: 201 }));
