import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { course, classes } = await event.locals.services.learning.manageCourse(requireSignedIn(event), event.params.id);
		return { course, classes, created: event.url.searchParams.get('created') === '1', saved: event.url.searchParams.get('saved') };
	});

export const actions: Actions = {
	status: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.updateCourse(requireSignedIn(event), event.params.id, { status: values.status ?? '' }), { form: 'status' });
		if (!isFailure(r)) redirect(303, `/console/courses/${event.params.id}?saved=status`);
		return r;
	},
	addClass: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(
			event,
			values,
			() =>
				event.locals.services.learning.createClass(requireSignedIn(event), event.params.id, {
					title: values.title ?? '',
					venue: values.venue ?? '',
					teacherName: values.teacherName ?? '',
					capacity: values.capacity ?? '',
					startsOn: values.startsOn ?? '',
					endsOn: values.endsOn ?? '',
					sessions: values.sessions ?? ''
				}),
			{ form: 'class' }
		);
		if (!isFailure(r)) redirect(303, `/console/courses/${event.params.id}?saved=class#class-${r.id}`);
		return r;
	}
};
