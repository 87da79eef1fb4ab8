import { api, json, readJson } from '$lib/server/web/api';

/** The self-assessment: declared points; records computed. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.titles.selfAssess(locals.auth, params.id!, await readJson(request)), { status: 201 }));
