import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const [person, learning] = await Promise.all([event.locals.services.people.get(event.locals.auth, event.params.id), event.locals.services.learning.learnerHistory(event.locals.auth, event.params.id)]);
		return { person, learning, created: event.url.searchParams.has('created') };
	});

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
	},
	/** a one-day link for a resident who cannot use email; shown once, handed over in person */
	resetLink: async (event) =>
		formAction(
			event,
			{},
			async () => {
				const link = await event.locals.services.signups.resetLinkFor(requireSignedIn(event), event.params.id);
				return { resetUrl: link.url, resetExpiresAt: link.expiresAt };
			},
			{ form: 'resetLink' }
		),
	merge: async (event) => {
		const values = await readForm(event.request);
		return formAction(
			event,
			values,
			async () => {
				await event.locals.services.people.merge(requireSignedIn(event), { keepId: event.params.id, dropId: (values.dropId ?? '').trim() });
				return { merged: true };
			},
			{ form: 'merge' }
		);
	}
};
