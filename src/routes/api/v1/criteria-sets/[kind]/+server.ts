import { api, json, readJson } from '$lib/server/web/api';

/** Every version of a title kind's criteria set (latest first); a new version (administrators). */
export const GET = api(async ({ params, locals }) => {
	await locals.services.titles.criteriaFor(locals.auth, params.kind!);
	return json({ items: await locals.services.criteria.list(locals.auth, params.kind!) });
});
export const POST = api(async ({ params, request, locals }) => json(await locals.services.criteria.addVersion(locals.auth, params.kind!, await readJson(request)), { status: 201 }));
