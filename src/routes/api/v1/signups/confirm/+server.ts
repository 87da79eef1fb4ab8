import { api, json, readJson } from '$lib/server/web/api';

/** The emailed link's token: { token }. Confirms the address; links when one record matched. */
export const POST = api(async ({ request, locals }) => {
	const body = (await readJson(request)) as { token?: unknown };
	return json(await locals.services.signups.confirmEmail(typeof body?.token === 'string' ? body.token : ''));
});
