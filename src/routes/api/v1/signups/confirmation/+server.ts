import { api, json } from '$lib/server/web/api';

/** The signed-in resident asks for the confirmation link again (at most once a minute). */
export const POST = api(async ({ locals }) => json(await locals.services.signups.resendConfirmation(locals.auth)));
