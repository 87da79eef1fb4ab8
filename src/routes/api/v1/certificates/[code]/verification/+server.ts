import { api, json } from '$lib/server/web/api';

/** Public: whether a certificate is valid, for whom (name only) and for what. */
export const GET = api(async ({ params, locals }) => json(await locals.services.credentials.verify(params.code!, { ip: locals.auth.ip })));
