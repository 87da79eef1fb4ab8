import { api, json, readJson } from '$lib/server/web/api';

/** Approves or refuses a waiting award (a refusal gives its reason): { decision, note? }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.rewards.decide(locals.auth, params.id!, await readJson(request))));
