import { api, json } from '$lib/server/web/api';

/** The signed-in person's tickets, and the events they attended (checked in). */
export const GET = api(async ({ locals }) => json(await locals.services.events.mine(locals.auth)));
