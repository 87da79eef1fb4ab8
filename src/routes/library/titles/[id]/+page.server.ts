import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ title: await event.locals.services.library.publicTitle(event.params.id), signedIn: !!event.locals.auth.actor, held: event.url.searchParams.get('held') }));

export const actions: Actions = {
	hold: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.placeHold(auth, { titleId: event.params.id, shelfId: values.shelfId ?? '' }), { form: 'hold' });
		if (isFailure(r)) return r;
		return { form: 'hold', done: r.status, until: r.readyUntil };
	}
};
