import { redirect } from '@sveltejs/kit';
import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { learning } = event.locals.services;
		const course = await learning.course(event.locals.auth, event.params.id);
		const classes = await Promise.all(course.classes.map((c) => learning.getClass(event.locals.auth, c.id)));
		const lessons = course.mode === 'in_person' ? null : await event.locals.services.lessons.lessons(event.locals.auth, course.id);
		return { course, classes, lessons, signedIn: event.locals.auth.actor !== null, url: `${event.url.origin}/courses/${course.id}`, done: event.url.searchParams.get('done') };
	});

export const actions: Actions = {
	enrol: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.enrol(auth, values.classId ?? '', {}));
		if ('status' in r) redirect(303, `/courses/${event.params.id}?done=${r.status}#class-${values.classId}`);
		return r;
	},
	withdraw: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.withdraw(auth, values.enrolmentId ?? ''));
		if ('id' in r) redirect(303, `/courses/${event.params.id}?done=withdrawn#class-${r.id}`);
		return r;
	}
};
