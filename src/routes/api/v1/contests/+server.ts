import { api, json, readJson } from '$lib/server/web/api';

/** Open a quiz contest with its bank: { title, unitId, opensAt, closesAt, questionCount, timeLimitSeconds, prizes?, questions[{ prompt, choices[], answer }] }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.contests.create(locals.auth, await readJson(request)), { status: 201 }));
