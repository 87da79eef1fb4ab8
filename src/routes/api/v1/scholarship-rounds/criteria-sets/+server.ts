import { api, json, readJson } from '$lib/server/web/api';

/** Every criteria set, latest version first in each family (staff). */
export const GET = api(async ({ locals }) => json(await locals.services.scholarships.criteriaSets(locals.auth)));

/** A new version of a criteria set, or a new set (administrators): never an edit of one in use. */
export const POST = api(async ({ request, locals }) => json(await locals.services.scholarships.addCriteriaSet(locals.auth, await readJson(request)), { status: 201 }));
