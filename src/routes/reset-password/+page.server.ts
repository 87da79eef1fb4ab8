import { formAction, readForm } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

// the form posts to ?/reset&token=…, so the token is still there when the form comes back with errors
export const load: PageServerLoad = async ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	reset: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.resetPassword(
				{ ip: event.locals.auth.ip, userAgent: event.locals.auth.userAgent },
				{ token: values.token ?? '', newPassword: values.newPassword ?? '', confirmPassword: values.confirmPassword ?? '' }
			);
			return { reset: true };
		});
	}
};
