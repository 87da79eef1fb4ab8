import { api, json, readJson } from '$lib/server/web/api';

/** Money moved to another fund: { toFundId, amount, movedOn, note }; an entry in each book. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.funds.transfer(locals.auth, params.id!, await readJson(request)), { status: 201 }));
