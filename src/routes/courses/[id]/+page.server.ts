import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

/** What a redirect after enrolling or leaving may say (anything else in the address is ignored). */
const DONE = ['enrolled', 'waiting', 'withdrawn'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { learning } = event.locals.services;
		const course = await learning.course(event.locals.auth, event.params.id);
		const classes = await Promise.all(course.classes.map((c) => learning.getClass(event.locals.auth, c.id)));
		const lessons = course.mode === 'in_person' ? null : await event.locals.services.lessons.lessons(event.locals.auth, course.id);
		return { course, classes, lessons, signedIn: event.locals.auth.actor !== null, url: `${event.url.origin}/courses/${course.id}`, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

export const actions: Actions = {
	enrol: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.enrol(auth, values.classId ?? '', {}));
		if (isFailure(r)) return r;
		// built from what the service answered (a class it found), never from the form
		redirect(303, `/courses/${r.class.courseId}?done=${r.status}#class-${r.class.id}`);
	},
	withdraw: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.withdraw(auth, values.enrolmentId ?? ''));
		if (isFailure(r)) return r;
		redirect(303, `/courses/${r.courseId}?done=withdrawn#class-${r.id}`);
	}
};
