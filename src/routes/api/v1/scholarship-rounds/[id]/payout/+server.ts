import { api, json, readJson } from '$lib/server/web/api';

/** Pay every award from the fund's book in one transaction, all or none: { paidOn }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.scholarships.pay(locals.auth, params.id!, await readJson(request))));
