import { api, json, readJson } from '$lib/server/web/api';

/** A fund's reward regulation: every version (the one in force first) with its rules, and what the caller may do. */
export const GET = api(async ({ params, locals }) => json(await locals.services.rewards.regulationsOf(locals.auth, params.fundId!)));

/** Publishes the next version of the fund's regulation (versions in use are never changed): { title, effectiveFrom, note?, rules: [{ achievement, level, label?, amount, note? }] }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.rewards.publish(locals.auth, params.fundId!, await readJson(request)), { status: 201 }));
