import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Awards proposed from the funds in the caller's scope (?fund=, ?status=), latest first. */
export const GET = api(async ({ url, locals }) => json(await locals.services.rewards.list(locals.auth, queryOf(url))));

/** Proposes an award under a rule of a fund's regulation in force: { ruleId, personName, residentId?, details?, evidence, schoolYear }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.rewards.propose(locals.auth, await readJson(request)), { status: 201 }));
