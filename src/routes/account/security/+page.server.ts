import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	const { accounts } = event.locals.services;
	return pageLoad(event, async () => {
		const [sessions, tokens] = await Promise.all([accounts.listMySessions(auth), accounts.listTokens(auth)]);
		return { sessions, tokens };
	});
};

export const actions: Actions = {
	password: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, async () => {
			await event.locals.services.accounts.changePassword(requireSignedIn(event), values);
			return { passwordChanged: true };
		});
		return r;
	},
	token: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			const t = await event.locals.services.accounts.createToken(requireSignedIn(event), { name: values.name ?? '', expiresInDays: values.expiresInDays ? values.expiresInDays : null });
			return { newToken: t.token, newTokenName: t.name };
		});
	},
	session: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.revokeMySession(requireSignedIn(event), values.session ?? '');
			return { sessionRevoked: true };
		});
	},
	revoke: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.revokeToken(requireSignedIn(event), values.id ?? '');
			return { revoked: true };
		});
	}
};
