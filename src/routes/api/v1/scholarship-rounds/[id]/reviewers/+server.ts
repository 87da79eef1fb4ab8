import { api, json, readJson } from '$lib/server/web/api';

/** Assign a reviewer by login (a staff account, not the chair): { login }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.scholarships.addReviewer(locals.auth, params.id!, await readJson(request)), { status: 201 }));
