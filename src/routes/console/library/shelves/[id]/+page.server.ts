import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

/** A shelf's settings and keepers, for those who manage it (a keeper alone: not found). */
export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const shelf = await event.locals.services.library.shelfSettings(requireSignedIn(event), event.params.id);
		// ?remove=<account>: the confirmation of taking that keeper off (a page, so it works without JavaScript)
		const removing = shelf.keepers.find((k) => k.id === event.url.searchParams.get('remove')) ?? null;
		return { shelf, removing };
	});

export const actions: Actions = {
	update: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(
			event,
			values,
			() =>
				event.locals.services.library.updateShelf(requireSignedIn(event), event.params.id, {
					name: values.name ?? '',
					address: values.address ?? '',
					hours: values.hours ?? '',
					loanDays: values.loanDays ?? '',
					maxRenewals: values.maxRenewals ?? '',
					holdDays: values.holdDays ?? ''
				}),
			{ form: 'update' }
		);
		if (isFailure(r)) return r;
		return { form: 'update', saved: true };
	},
	addKeeper: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.addKeeper(requireSignedIn(event), event.params.id, { login: values.login ?? '' }), { form: 'keeper' });
		if (isFailure(r)) return r;
		return { form: 'keeper', added: r.name };
	},
	removeKeeper: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.removeKeeper(requireSignedIn(event), event.params.id, values.accountId ?? ''), { form: 'keeper' });
		if (isFailure(r)) return r;
		return { form: 'keeper', removed: values.name ?? '', left: r.keepers };
	}
};
