import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	return pageLoad(event, async () => event.locals.services.titles.registration(auth, event.params.id));
};

export const actions: Actions = {
	/** The self-assessment: each declared criterion ticked (its points) or not (0). */
	assess: async (event) => {
		const values = await readForm(event.request);
		const answers: Record<string, string> = {};
		for (const [k, v] of Object.entries(values)) if (k.startsWith('c-')) answers[k.slice(2)] = v;
		return formAction(event, values, async () => ({ assessed: await event.locals.services.titles.selfAssess(requireSignedIn(event), event.params.id, { answers }) }), { form: 'assess' });
	}
};
