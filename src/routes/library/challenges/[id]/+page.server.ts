import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { library } = event.locals.services;
		const challenge = await library.challenge(event.locals.auth, event.params.id);
		const counted = challenge.mine ? await library.myCountedTitles(event.locals.auth, event.params.id) : [];
		return { challenge, counted, signedIn: !!event.locals.auth.actor };
	});

export const actions: Actions = {
	join: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.joinChallenge(auth, event.params.id), { form: 'join' });
		if (isFailure(r)) return r;
		return { form: 'join', done: 'joined' };
	},
	leave: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.leaveChallenge(auth, event.params.id), { form: 'leave' });
		if (isFailure(r)) return r;
		return { form: 'leave', done: 'left' };
	}
};
