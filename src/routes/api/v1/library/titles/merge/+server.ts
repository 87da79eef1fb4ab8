import { api, json, readJson } from '$lib/server/web/api';

/** Merge a duplicate title into the one kept: { keepId, duplicateId }; its copies, loans and holds move over. */
export const POST = api(async ({ request, locals }) => json(await locals.services.library.mergeTitles(locals.auth, await readJson(request))));
