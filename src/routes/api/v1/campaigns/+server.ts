import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Campaigns of the caller's units (and the city campaigns their communes follow); ?year= narrows. */
export const GET = api(async ({ url, locals }) => json(await locals.services.campaigns.list(locals.auth, queryOf(url))));

/** Open a campaign for the city or a commune: { unitId, year, kind, title, theme?, startsOn, endsOn, plan?, reportDueOn?, parentCampaignId? }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.campaigns.create(locals.auth, await readJson(request)), { status: 201 }));
