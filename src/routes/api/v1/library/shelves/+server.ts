import { api, json, readJson } from '$lib/server/web/api';

/** The shelves the caller manages in scope or keeps. */
export const GET = api(async ({ locals }) => json(await locals.services.library.myShelves(locals.auth)));

/** Open a shelf in a commune or village: { name, unitId, orgId?, address?, hours?, loanDays?, maxRenewals? }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.library.createShelf(locals.auth, await readJson(request)), { status: 201 }));
