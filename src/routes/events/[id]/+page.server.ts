import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ event: await event.locals.services.events.get(event.locals.auth, event.params.id), signedIn: event.locals.auth.actor !== null }));

export const actions: Actions = {
	register: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.events.register(auth, event.params.id, { email: values.email ?? '', phone: values.phone ?? '' }), { form: 'register' });
		if (isFailure(r)) return r;
		redirect(303, `/tickets/${r.code}?done=${r.status}`);
	}
};
