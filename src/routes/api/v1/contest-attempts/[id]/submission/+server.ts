import { api, json, readJson } from '$lib/server/web/api';

/** The answers, once, within the time limit: { answers: [choice index or -1, …] } in the order shown. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.contests.submit(locals.auth, params.id!, await readJson(request))));
