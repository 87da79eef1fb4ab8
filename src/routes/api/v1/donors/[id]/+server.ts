import { api, json, readJson } from '$lib/server/web/api';

/** A donor's details corrected, or their consent to be named in public given or withdrawn. */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.funds.updateDonor(locals.auth, params.id!, await readJson(request))));
