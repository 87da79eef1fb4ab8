import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

/** A village's candidate list, public only while it is posted; signed-in residents of the village may object. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => event.locals.services.titles.posting(event.locals.auth, event.params.cycleId, event.params.villageId));

export const actions: Actions = {
	object: async (event) => {
		const values = await readForm(event.request);
		const auth = requireSignedIn(event);
		return formAction(event, values, async () => ({ objected: (await event.locals.services.titles.object(auth, values.registrationId ?? '', { reason: values.reason ?? '' })).id, on: values.registrationId }), { form: `object-${values.registrationId ?? ''}` });
	}
};
