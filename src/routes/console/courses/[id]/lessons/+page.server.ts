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
		// who may add is settled before the body (up to a 100 MB video) is read
		const allowed = await formAction(event, {}, async () => ({ ok: await event.locals.services.lessons.mayAddLesson(auth, event.params.id) }), { form: 'add' });
		if (!('ok' in allowed)) return allowed;
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch {
			return fail(400, { form: 'add', message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		}
		const { fields, file, files } = formParts(fd);
		const upload = (f: File | undefined | null) => (f ? { name: f.name, body: f.stream() } : null);
		const r = await formAction(event, fields, () => event.locals.services.lessons.addLesson(auth, event.params.id, fields, upload(file), upload(files.captions)), { form: 'add' });
		if ('id' in r) redirect(303, `/console/courses/${event.params.id}/lessons?saved=added#lesson-${r.id}`);
		return r;
	},
	move: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.moveLesson(auth, values.lessonId ?? '', { direction: values.direction }), { form: 'list' });
		if ('courseId' in r) redirect(303, `/console/courses/${event.params.id}/lessons#lesson-${values.lessonId}`);
		return r;
	},
	remove: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.removeLesson(auth, values.lessonId ?? ''), { form: 'list' });
		if ('courseId' in r) redirect(303, `/console/courses/${event.params.id}/lessons?saved=removed`);
		return r;
	}
};
