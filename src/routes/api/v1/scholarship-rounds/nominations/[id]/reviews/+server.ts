import { api, json, readJson } from '$lib/server/web/api';

/** A reviewer's score of a nomination, once: { scores: { key: points }, note? } or { conflict: true, conflictReason }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.scholarships.review(locals.auth, params.id!, await readJson(request)), { status: 201 }));
