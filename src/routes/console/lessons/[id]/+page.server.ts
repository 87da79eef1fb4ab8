import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ lesson: await event.locals.services.lessons.editLesson(requireSignedIn(event), event.params.id) }));

export const actions: Actions = {
	default: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.lessons.updateLesson(auth, event.params.id, values));
		if (!isFailure(r)) redirect(303, `/console/courses/${r.courseId}/lessons?saved=updated#lesson-${r.id}`);
		return r;
	}
};
