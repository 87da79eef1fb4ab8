import { api, json, readJson } from '$lib/server/web/api';

/** Pays approved awards from their funds' books, all or none: { ids, paidOn }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.rewards.pay(locals.auth, await readJson(request))));
