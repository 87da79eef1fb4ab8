import { api, json, readJson } from '$lib/server/web/api';

/** Progress, figures and a short report on an assignment: { status, figures: { key: number }, report? }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.campaigns.report(locals.auth, params.id!, await readJson(request))));
