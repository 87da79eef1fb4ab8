import { api, json, readJson } from '$lib/server/web/api';

/** Revokes a certificate with a reason (the organiser's managers); verification then says so. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.credentials.revoke(locals.auth, params.code!, await readJson(request))));
