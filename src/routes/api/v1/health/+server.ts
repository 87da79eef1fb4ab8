import { api, json } from '$lib/server/web/api';

export const GET = api(async ({ locals }) => json(await locals.services.health()));
