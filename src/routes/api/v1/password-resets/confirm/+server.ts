import { api, readJson } from '$lib/server/web/api';

/** Sets a new password from a reset link: { token, newPassword, confirmPassword }. Ends every session. */
export const POST = api(async ({ request, locals }) => {
	await locals.services.accounts.resetPassword({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, await readJson(request));
	return new Response(null, { status: 204 });
});
