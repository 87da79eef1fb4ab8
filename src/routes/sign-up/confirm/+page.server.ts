import { formAction, readForm } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

// a GET never confirms: mail scanners open links; the person presses the button
export const load: PageServerLoad = async ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	confirm: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			const s = await event.locals.services.signups.confirmEmail(values.token ?? '');
			return { status: s.status };
		});
	}
};
