import { api, json, readJson } from '$lib/server/web/api';

/** The fund's pledges (cam kết) and what each has brought in. */
export const GET = api(async ({ params, locals }) => json(await locals.services.funds.pledges(locals.auth, params.id!)));

/** A pledge: { donorId | donorKind + donorName, amount, dueOn?, note? }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.funds.pledge(locals.auth, params.id!, await readJson(request)), { status: 201 }));
