import { fail } from '@sveltejs/kit';
import { formAction, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ sheet: await event.locals.services.learning.attendance(requireSignedIn(event), event.params.id) }));

export const actions: Actions = {
	save: async (event) => {
		const auth = requireSignedIn(event);
		let present: string[];
		try {
			present = (await event.request.formData()).getAll('present').filter((v): v is string => typeof v === 'string');
		} catch {
			return fail(400, { message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		}
		return formAction(event, {}, async () => ({ saved: (await event.locals.services.learning.recordAttendance(auth, event.params.id, { present })).learners.length }));
	}
};
