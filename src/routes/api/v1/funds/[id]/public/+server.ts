import { api, json } from '$lib/server/web/api';

/** Public: what came in and went out of a fund, its balance and latest hash; donors named only with their consent, people paid as initials. */
export const GET = api(async ({ params, locals }) => json(await locals.services.funds.publicView(params.id!)));
