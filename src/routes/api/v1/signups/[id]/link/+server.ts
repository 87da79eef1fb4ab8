import { api, json, readJson } from '$lib/server/web/api';

/** Links the sign-up's account to a resident in scope: { residentId }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.signups.link(locals.auth, params.id!, await readJson(request))));
