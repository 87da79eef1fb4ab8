import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** The scholarship rounds of the funds in the caller's scope, and those the caller reviews (?fund= narrows to one fund). */
export const GET = api(async ({ url, locals }) => json(await locals.services.scholarships.listRounds(locals.auth, queryOf(url))));

/** Open a round on a fund (funds.manage there): { fundId, name, schoolYear, criteriaSetId, budget, places, awardAmount, opensOn, closesOn }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.scholarships.createRound(locals.auth, await readJson(request)), { status: 201 }));
