import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const list = await event.locals.services.accounts.listAccounts(event.locals.auth, queryOf(event.url));
		return { list, query: queryOf(event.url), can: list.can };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () =>
			event.locals.services.accounts.createAccount(requireSignedIn(event), { login: values.login ?? '', displayName: values.displayName ?? '', email: values.email ?? '', password: values.password ?? '' })
		);
		if (!isFailure(r)) redirect(303, `/console/accounts/${r.id}`);
		return r;
	}
};
