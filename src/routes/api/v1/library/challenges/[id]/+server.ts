import { api, json, readJson } from '$lib/server/web/api';

/** Public: a reading challenge; for a signed-in reader, their progress. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.challenge(locals.auth, params.id!)));

/** Change a challenge's words, dates or goal (the dates and goal stay once a reader has reached it). */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.library.updateChallenge(locals.auth, params.id!, await readJson(request))));
