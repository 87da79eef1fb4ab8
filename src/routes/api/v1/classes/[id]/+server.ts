import { api, json } from '$lib/server/web/api';

/** A class with its sessions, enrolled and waiting counts; the caller's own place; the roster for its managers. */
export const GET = api(async ({ params, locals }) => json(await locals.services.learning.getClass(locals.auth, params.id!)));
