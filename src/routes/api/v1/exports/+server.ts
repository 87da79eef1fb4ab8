import { api, json, readJson } from '$lib/server/web/api';

/** The caller's own exports, newest first, with their progress. */
export const GET = api(async ({ locals }) => json({ items: await locals.services.exports.mine(locals.auth) }));

/** Ask for a large export ({ kind, format, filters }): built in the background; 202 with its progress. */
export const POST = api(async ({ request, locals }) => json(await locals.services.exports.request(locals.auth, await readJson(request)), { status: 202 }));
