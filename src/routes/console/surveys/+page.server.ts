import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { surveys, learning } = event.locals.services;
		const [list, organisers] = await Promise.all([surveys.managed(auth), learning.organisers(auth)]);
		return { surveys: list, organisers };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.surveys.create(requireSignedIn(event), { orgId: values.orgId ?? '', title: values.title ?? '' }));
		if (!isFailure(r)) redirect(303, `/console/surveys/${r.id}`);
		return r;
	}
};
