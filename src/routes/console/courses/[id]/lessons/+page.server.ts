import { fail, redirect } from '@sveltejs/kit';
import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import { formParts } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { course, lessons } = await event.locals.services.lessons.manageLessons(requireSignedIn(event), event.params.id);
		return { course, lessons, saved: event.url.searchParams.get('saved') };
	});

export const actions: Actions = {
	add: async (event) => {
		const auth = requireSignedIn(event);
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch {
			return fail(400, { form: 'add', message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		}
		const { fields, file } = formParts(fd);
		const r = await formAction(event, fields, () => event.locals.services.lessons.addLesson(auth, event.params.id, fields, file && { name: file.name, body: file.stream() }), { form: 'add' });
		if ('id' in r) redirect(303, `/console/courses/${event.params.id}/lessons?saved=added#lesson-${r.id}`);
		return r;
	},
	move: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.moveLesson(requireSignedIn(event), values.lessonId ?? '', { direction: values.direction }), { form: 'list' });
		if ('courseId' in r) redirect(303, `/console/courses/${event.params.id}/lessons#lesson-${values.lessonId}`);
		return r;
	},
	remove: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.removeLesson(requireSignedIn(event), values.lessonId ?? ''), { form: 'list' });
		if ('courseId' in r) redirect(303, `/console/courses/${event.params.id}/lessons?saved=removed`);
		return r;
	}
};
