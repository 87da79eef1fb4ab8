import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['title', 'occasion', 'description', 'startsOn', 'endsOn', 'goalBooks'] as const;

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ view: await event.locals.services.library.challengeEntries(requireSignedIn(event), event.params.id) }));

export const actions: Actions = {
	update: async (event) => {
		const values = await readForm(event.request);
		const input = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
		const r = await formAction(event, values, () => event.locals.services.library.updateChallenge(requireSignedIn(event), event.params.id, input), { form: 'update' });
		if (isFailure(r)) return r;
		return { form: 'update', done: true };
	},
	cancel: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.cancelChallenge(requireSignedIn(event), event.params.id), { form: 'cancel' });
		if (isFailure(r)) return r;
		return { form: 'cancel', done: true };
	}
};
