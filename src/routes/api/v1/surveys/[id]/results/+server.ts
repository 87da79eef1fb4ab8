import { api, json } from '$lib/server/web/api';

/** Demand by topic, village and age group (the survey's managers). */
export const GET = api(async ({ params, locals }) => json(await locals.services.surveys.results(locals.auth, params.id!)));
