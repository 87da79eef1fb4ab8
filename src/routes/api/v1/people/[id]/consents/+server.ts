import { api, json, readJson } from '$lib/server/web/api';

/** Each purpose with whether it is consented and which party is missing, and the acts recorded. */
export const GET = api(async ({ params, locals }) => json(await locals.services.consents.status(locals.auth, params.id!)));

/** Records one party's consent: `{purpose, givenBy: "self"|"guardian", method, guardianName?}`. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.consents.record(locals.auth, params.id!, await readJson(request)), { status: 201 }));
