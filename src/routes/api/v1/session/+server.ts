import { api, json, readJson } from '$lib/server/web/api';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/web/session-cookie';

/** Signs in: sets the session cookie and answers who you are. */
export const POST = api(async ({ request, locals, cookies, url }) => {
	const body = await readJson(request);
	const s = await locals.services.accounts.signIn({ ip: locals.auth.ip, userAgent: locals.auth.userAgent }, body, cookies.get(SESSION_COOKIE));
	setSessionCookie(cookies, url, s.token, s.expiresAt);
	return json({ account: { id: s.actor.accountId, login: s.actor.login, displayName: s.actor.displayName }, expiresAt: s.expiresAt }, { status: 201 });
});

/** Signs out of this session. */
export const DELETE = api(async ({ locals, cookies, url }) => {
	await locals.services.accounts.signOut(locals.auth);
	clearSessionCookie(cookies, url);
	return new Response(null, { status: 204 });
});
