import { api, json } from '$lib/server/web/api';

/** The caller's reading challenges, each with their progress and certificate. */
export const GET = api(async ({ locals }) => json({ items: await locals.services.library.myChallengeEntries(locals.auth) }));
