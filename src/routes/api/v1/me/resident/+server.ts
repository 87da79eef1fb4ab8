import { api, json, readJson } from '$lib/server/web/api';

/** The signed-in resident's own record (null until the account is linked). */
export const GET = api(async ({ locals }) => json({ resident: await locals.services.people.mine(locals.auth), signup: await locals.services.signups.mine(locals.auth) }));

/** Corrects one's own name, birth date, gender, phone or email. */
export const PATCH = api(async ({ request, locals }) => json(await locals.services.people.correctMine(locals.auth, await readJson(request))));
