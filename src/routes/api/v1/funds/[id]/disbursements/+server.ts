import { api, json, readJson } from '$lib/server/web/api';

/** A payment from the fund (scholarship, reward, expense); refused when the balance cannot cover it. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.funds.disburse(locals.auth, params.id!, await readJson(request)), { status: 201 }));
