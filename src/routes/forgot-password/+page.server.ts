import { formAction, readForm } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	request: async (event) => {
		const values = await readForm(event.request);
		// the same answer whoever asks: nobody learns who has an account
		return formAction(event, values, async () => {
			await event.locals.services.accounts.requestPasswordReset({ ip: event.locals.auth.ip, userAgent: event.locals.auth.userAgent }, { login: values.login ?? '' });
			return { sent: true };
		});
	}
};
