import { api, json, readJson } from '$lib/server/web/api';

/** "Forgot my password": { login } (a login, email or phone). Always 202: nobody learns who has an account. */
export const POST = api(async ({ request, locals }) => {
	await locals.services.accounts.requestPasswordReset({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, await readJson(request));
	return json({ accepted: true }, { status: 202 });
});
