import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** The funds in the caller's scope (?unit= narrows to a commune or village), with their balances. */
export const GET = api(async ({ url, locals }) => json(await locals.services.funds.list(locals.auth, queryOf(url))));

/** Open a fund for an owner in a commune or village: { name, ownerKind, unitId, orgId?, description? }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.funds.create(locals.auth, await readJson(request)), { status: 201 }));
