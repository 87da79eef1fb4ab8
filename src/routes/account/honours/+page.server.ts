import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person's nominations to the honour board: their consent, to give or to withdraw. */
export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	return pageLoad(event, async () => ({ items: await event.locals.services.honours.mine(auth), done: ['given', 'withdrawn'].find((d) => d === event.url.searchParams.get('done')) ?? null }));
};

export const actions: Actions = {
	give: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.giveOwnConsent(requireSignedIn(event), values.id ?? ''), { form: `give-${values.id ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, '/account/honours?done=given');
	},
	withdraw: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.withdrawConsent(requireSignedIn(event), values.id ?? '', {}), { form: `withdraw-${values.id ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, '/account/honours?done=withdrawn');
	}
};
