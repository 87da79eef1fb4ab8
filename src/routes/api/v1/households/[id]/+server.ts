import { api, json } from '$lib/server/web/api';

export const GET = api(async ({ params, locals }) => json(await locals.services.people.household(locals.auth, params.id!)));
