import { api, json } from '$lib/server/web/api';

/** Closes the survey to new answers. */
export const POST = api(async ({ params, locals }) => json(await locals.services.surveys.close(locals.auth, params.id!)));
