import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	return pageLoad(event, async () => ({ record: await event.locals.services.people.mine(auth) }));
};

export const actions: Actions = {
	correct: async (event) => {
		const values = await readForm(event.request);
		return formAction(
			event,
			values,
			async () => {
				await event.locals.services.people.correctMine(requireSignedIn(event), {
					fullName: values.fullName,
					birthDate: values.birthDate,
					gender: values.gender,
					phone: values.phone ?? '',
					email: values.email ?? ''
				});
				return { corrected: true };
			},
			{ form: 'correct' }
		);
	}
};
