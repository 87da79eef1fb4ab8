import { api, json } from '$lib/server/web/api';

/** The signed-in learner's places and waiting places. */
export const GET = api(async ({ locals }) => json({ items: await locals.services.learning.myEnrolments(locals.auth) }));
