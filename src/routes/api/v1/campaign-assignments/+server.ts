import { api, json } from '$lib/server/web/api';

/** The assignments the caller answers for (?campaign= narrows). */
export const GET = api(async ({ url, locals }) => json(await locals.services.campaigns.assignments(locals.auth, { campaign: url.searchParams.get('campaign') ?? undefined })));
