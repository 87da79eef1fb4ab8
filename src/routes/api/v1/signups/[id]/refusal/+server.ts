import { api, json, readJson } from '$lib/server/web/api';

/** Refuses the sign-up with a reason the resident is told: { reason }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.signups.refuse(locals.auth, params.id!, await readJson(request))));
