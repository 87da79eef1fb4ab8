import { api, json, readJson } from '$lib/server/web/api';

/** Approves or refuses a waiting nomination (a refusal gives its reason): { decision, note? }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.honours.review(locals.auth, params.id!, await readJson(request))));
