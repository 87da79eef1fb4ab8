import { api, json } from '$lib/server/web/api';

/** Judges the class from its attendance: those who attended enough complete and receive certificates. */
export const POST = api(async ({ params, locals }) => json(await locals.services.credentials.completeClass(locals.auth, params.id!)));
