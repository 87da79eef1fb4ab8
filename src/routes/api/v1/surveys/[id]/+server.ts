import { api, json } from '$lib/server/web/api';

export const GET = api(async ({ params, locals }) => json(await locals.services.surveys.get(locals.auth, params.id!)));
