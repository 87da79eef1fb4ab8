import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ signup: await event.locals.services.signups.get(requireSignedIn(event), event.params.id) }));

export const actions: Actions = {
	link: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.signups.link(requireSignedIn(event), event.params.id, { residentId: values.residentId ?? '' }), { form: 'link' });
		if (!isFailure(r)) redirect(303, '/console/signups?done=linked');
		return r;
	},
	record: async (event) => {
		const r = await formAction(event, {}, () => event.locals.services.signups.createRecord(requireSignedIn(event), event.params.id), { form: 'record' });
		if (!isFailure(r)) redirect(303, '/console/signups?done=recorded');
		return r;
	},
	refuse: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.signups.refuse(requireSignedIn(event), event.params.id, { reason: values.reason ?? '' }), { form: 'refuse' });
		if (!isFailure(r)) redirect(303, '/console/signups?done=refused');
		return r;
	}
};
