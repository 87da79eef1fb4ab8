import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ person: await event.locals.services.people.get(event.locals.auth, event.params.id), created: event.url.searchParams.has('created') }));

export const actions: Actions = {
	update: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.people.update(requireSignedIn(event), event.params.id, {
				fullName: values.fullName,
				birthDate: values.birthDate,
				gender: values.gender,
				phone: values.phone ?? '',
				email: values.email ?? ''
			});
			return { saved: true };
		});
	}
};
