import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import { MEDIA_LIMITS } from '$lib/server/core/learning/learning.schemas';
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
		if (isFailure(allowed)) return allowed;
		const { lessons, uploads } = event.locals.services;
		const values: Record<string, string> = {}; // filled as the form is read, echoed back on a refusal
		const r = await formAction(
			event,
			values,
			() =>
				uploads.streamedForm(event.request, MEDIA_LIMITS.video, (fields, staged) => {
					Object.assign(values, fields);
					return lessons.addLesson(auth, event.params.id, fields, staged.file ?? null, staged.captions ?? null);
				}),
			{ form: 'add' }
		);
		if (!isFailure(r)) redirect(303, `/console/courses/${event.params.id}/lessons?saved=added#lesson-${r.id}`);
		return r;
	},
	move: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.moveLesson(auth, values.lessonId ?? '', { direction: values.direction }), { form: 'list' });
		if (!isFailure(r)) redirect(303, `/console/courses/${event.params.id}/lessons#lesson-${values.lessonId}`);
		return r;
	},
	remove: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.removeLesson(auth, values.lessonId ?? ''), { form: 'list' });
		if (!isFailure(r)) redirect(303, `/console/courses/${event.params.id}/lessons?saved=removed`);
		return r;
	}
};
