import { fail, redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readFormAll, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		return { lesson: await event.locals.services.lessons.lesson(auth, event.params.id), certificate: event.url.searchParams.get('certificate') };
	});

export const actions: Actions = {
	done: async (event) => {
		const auth = requireSignedIn(event);
		const r = await formAction(event, {}, () => event.locals.services.lessons.markDone(auth, event.params.id));
		if (isFailure(r)) return r;
		if (r.certificateCode) redirect(303, `/learn/${event.params.id}?certificate=${r.certificateCode}`);
		redirect(303, r.nextId ? `/learn/${r.nextId}` : `/courses/${r.courseId}`);
	},
	submit: async (event) => {
		const auth = requireSignedIn(event);
		const fields = await readFormAll(event.request);
		// a body that is not a form counts as no attempt
		if (!fields) return fail(400, { message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? '']));
		return formAction(event, values, () => event.locals.services.lessons.submitQuizForm(auth, event.params.id, fields));
	}
};
