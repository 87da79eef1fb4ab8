import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { contests } = event.locals.services;
		const [contest, mine, ranking] = await Promise.all([contests.get(event.locals.auth, event.params.id), contests.myAttempt(event.locals.auth, event.params.id), contests.ranking(event.locals.auth, event.params.id, 10)]);
		return { contest, mine, ranking, signedIn: event.locals.auth.actor !== null };
	});

export const actions: Actions = {
	start: async (event) => {
		const auth = requireSignedIn(event);
		const r = await formAction(event, {}, () => event.locals.services.contests.start(auth, event.params.id), { form: 'start' });
		if (isFailure(r)) return r;
		redirect(303, `/contests/${r.contestId}#questions`);
	},
	submit: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const n = Math.min(100, Math.max(0, Number(values.count) || 0));
		const answers = Array.from({ length: n }, (_, i) => (values[`q${i}`] === undefined || values[`q${i}`] === '' ? -1 : Number(values[`q${i}`])));
		return formAction(event, values, async () => ({ form: 'submit', result: await event.locals.services.contests.submit(auth, values.attemptId ?? '', { answers }) }), { form: 'submit' });
	}
};
