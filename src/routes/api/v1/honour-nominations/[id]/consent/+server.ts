import { api, json, readJson } from '$lib/server/web/api';

/** Records the person's consent to be shown (a paper form or in person; a minor's names the guardian): { method, guardianName? }. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.honours.recordConsent(locals.auth, params.id!, await readJson(request))));
