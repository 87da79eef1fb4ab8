import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		return event.locals.services.emulation.getRound(auth, event.params.id);
	});

export const actions: Actions = {
	close: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ closed: !!(await event.locals.services.emulation.closeRound(requireSignedIn(event), event.params.id)) }), { form: 'close' });
	}
};
