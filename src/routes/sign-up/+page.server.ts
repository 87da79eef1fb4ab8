import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm } from '$lib/server/web/forms';
import { SESSION_COOKIE, setSessionCookie } from '$lib/server/web/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (event.locals.auth.actor) redirect(303, '/account');
	return pageLoad(event, async () => {
		// villages in force today, grouped under their commune for the picker
		const { units } = await event.locals.services.places.tree({});
		const names = new Map(units.map((u) => [u.id, u.name]));
		const groups = new Map<string, { id: string; commune: string; villages: { id: string; name: string }[] }>();
		for (const u of units) {
			if (u.level !== 'village') continue;
			const key = u.parentId ?? '';
			let g = groups.get(key);
			if (!g) groups.set(key, (g = { id: key, commune: names.get(key) ?? '', villages: [] }));
			g.villages.push({ id: u.id, name: u.name });
		}
		const collator = new Intl.Collator('vi');
		return { communes: [...groups.values()].sort((a, b) => collator.compare(a.commune, b.commune)) };
	});
};

export const actions: Actions = {
	signup: async (event) => {
		const { locals, cookies, url } = event;
		const values = await readForm(event.request);
		const info = { ip: locals.auth.ip, userAgent: locals.auth.userAgent };
		const password = values.password ?? '';
		const r = await formAction(event, values, () =>
			locals.services.signups.signUp(
				info,
				{ fullName: values.fullName ?? '', birthDate: values.birthDate ?? '', gender: values.gender ?? '', villageId: values.villageId ?? '', phone: values.phone ?? '', email: values.email ?? '', password }
			)
		);
		if (isFailure(r)) return r;
		const s = await formAction(event, {}, () => locals.services.accounts.signIn(info, { login: r.login, password }, cookies.get(SESSION_COOKIE)));
		// the account exists either way; should signing in fail (a busy address), the person signs in by hand
		if (isFailure(s)) redirect(303, '/sign-in');
		setSessionCookie(cookies, url, s.token, s.expiresAt);
		redirect(303, '/account?signedUp=1');
	}
};
