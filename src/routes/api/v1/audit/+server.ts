import { api, json, queryOf } from '$lib/server/web/api';

/** The audit log within the reader's scope, a page at a time (the whole of it: POST /exports with kind "audit"). */
export const GET = api(async ({ url, locals }) => json(await locals.services.audit.list(locals.auth, queryOf(url))));
