import { api, json, readJson } from '$lib/server/web/api';

/** Withdraws the consent (a reviewer, or the person named): the entry leaves the public board at once. { reason? } */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.honours.withdrawConsent(locals.auth, params.id!, await readJson(request))));
