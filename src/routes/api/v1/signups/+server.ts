import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Sign-ups waiting for an officer, within the caller's scope. */
export const GET = api(async ({ locals, url }) => json(await locals.services.signups.queue(locals.auth, queryOf(url))));

/**
 * A resident signs up: fullName, birthDate, gender, villageId, phone and/or email, password.
 * The account works at once; linking to the registry follows the emailed confirmation or an
 * officer's decision.
 */
export const POST = api(async ({ request, locals }) =>
	json(await locals.services.signups.signUp({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, await readJson(request)), { status: 201 })
);
