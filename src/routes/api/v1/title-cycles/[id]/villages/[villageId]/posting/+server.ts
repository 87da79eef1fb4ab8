import { api, json, readJson } from '$lib/server/web/api';

/** The village's posted list (public while posted); posting it for 10 days. */
export const GET = api(async ({ params, locals }) => json(await locals.services.titles.posting(locals.auth, params.id!, params.villageId!)));
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.post(locals.auth, params.id!, params.villageId!, await readJson(request)), { status: 201 }));
