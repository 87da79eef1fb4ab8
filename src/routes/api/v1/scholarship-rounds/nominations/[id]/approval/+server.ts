import { api, json, readJson } from '$lib/server/web/api';

/** The chair approves one scored nomination, at the round's amount or { amount }; 409 with what is left when it does not fit. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.scholarships.approve(locals.auth, params.id!, await readJson(request))));
