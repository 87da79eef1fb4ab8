import { api, json, readJson } from '$lib/server/web/api';

export const GET = api(async ({ locals }) => json({ items: await locals.services.accounts.listTokens(locals.auth) }));

/** Creates a personal access token; the secret is in this answer only. */
export const POST = api(async ({ request, locals }) => json(await locals.services.accounts.createToken(locals.auth, await readJson(request)), { status: 201 }));
