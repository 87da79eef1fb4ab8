import { fail, redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, requireSignedIn } from '$lib/server/web/forms';
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
		// answers arrive as q-<questionId>: one value (single, true/false, short) or several (multiple)
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch {
			return fail(400, { message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		}
		const answers: Record<string, number[] | string> = {};
		const kinds = new Map((await event.locals.services.lessons.lesson(auth, event.params.id)).questions.map((q) => [q.id, q.kind]));
		for (const [id, kind] of kinds) {
			const values = fd.getAll(`q-${id}`).filter((v): v is string => typeof v === 'string');
			answers[id] = kind === 'short' ? (values[0] ?? '') : values.map(Number).filter((n) => Number.isInteger(n) && n >= 0);
		}
		const chosen = Object.fromEntries([...fd.entries()].filter(([, v]) => typeof v === 'string') as [string, string][]);
		return formAction(event, chosen, async () => ({ marked: await event.locals.services.lessons.submitQuiz(auth, event.params.id, { answers }), chosen: Object.fromEntries([...kinds.keys()].map((id) => [id, fd.getAll(`q-${id}`).map(String)])) }));
	}
};
