import { api, json } from '$lib/server/web/api';

/** Leaves a class (the learner, or a manager); the longest-waiting learner takes the place. */
export const DELETE = api(async ({ params, locals }) => json(await locals.services.learning.withdraw(locals.auth, params.id!)));
