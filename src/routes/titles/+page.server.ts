import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	return pageLoad(event, async () => ({ mine: await event.locals.services.titles.mine(auth) }));
};

export const actions: Actions = {
	/** The household head registers the household (or the resident registers as a learning citizen). */
	register: async (event) => {
		const values = await readForm(event.request);
		const auth = requireSignedIn(event);
		const r = await formAction(event, values, () => event.locals.services.titles.register(auth, { cycleId: values.cycleId ?? '', kind: values.kind ?? '', subjectId: values.subjectId ?? '', publicConsent: values.publicConsent ?? '' }), { form: 'register' });
		if (isFailure(r)) return r;
		redirect(303, `/titles/registrations/${r.id}`);
	}
};
