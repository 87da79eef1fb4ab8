import { api, json, readJson } from '$lib/server/web/api';

export const POST = api(async ({ params, request, locals }) => json(await locals.services.emulation.selfScore(locals.auth, params.id!, params.orgId!, await readJson(request))));
