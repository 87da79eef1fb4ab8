import { api, json, readJson } from '$lib/server/web/api';

/** The village review: every registration of the village; the review of many at once. */
export const GET = api(async ({ params, locals }) => json(await locals.services.titles.villageReview(locals.auth, params.id!, params.villageId!)));
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.review(locals.auth, params.id!, params.villageId!, await readJson(request))));
