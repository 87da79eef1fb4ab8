import { api, json, readJson } from '$lib/server/web/api';

/** An answer: { topics, villageId?, ageGroup?, gender? }; with "paper": true a manager enters a paper answer. */
export const POST = api(async ({ params, request, locals }) => {
	const body = (await readJson(request)) as Record<string, unknown> | null;
	const { paper, ...answer } = body ?? {};
	const r = paper === true ? await locals.services.surveys.enterPaper(locals.auth, params.id!, answer) : await locals.services.surveys.respond(locals.auth, params.id!, answer);
	return json(r, { status: 201 });
});
