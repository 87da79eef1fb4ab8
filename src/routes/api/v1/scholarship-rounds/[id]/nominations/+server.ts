import { api, json, readJson } from '$lib/server/web/api';

/** Nominate a pupil (school, association officer, or a guardian for a child of their household; never the pupil's own account). */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.scholarships.nominate(locals.auth, params.id!, await readJson(request)), { status: 201 }));
