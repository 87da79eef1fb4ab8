import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { learning } = event.locals.services;
		const [list, organisers] = await Promise.all([learning.managed(auth, queryOf(event.url)), learning.organisers(auth)]);
		return { list, organisers, query: queryOf(event.url) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () =>
			event.locals.services.learning.createCourse(requireSignedIn(event), {
				orgId: values.orgId ?? '',
				title: values.title ?? '',
				topic: values.topic ?? '',
				audience: values.audience ?? '',
				description: values.description ?? '',
				mode: values.mode ?? '',
				expectedHours: values.expectedHours ?? '',
				status: 'draft'
			})
		);
		if (!isFailure(r)) redirect(303, `/console/courses/${r.id}?created=1`);
		return r;
	}
};
