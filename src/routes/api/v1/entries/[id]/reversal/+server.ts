import { api, json, readJson } from '$lib/server/web/api';

/** Put an entry right by its opposite, with a reason: once per entry, never a correction of a correction. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.funds.reverse(locals.auth, params.id!, await readJson(request)), { status: 201 }));
