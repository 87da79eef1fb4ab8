import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['title', 'occasion', 'description', 'unitId', 'orgId', 'startsOn', 'endsOn', 'goalBooks'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { library } = event.locals.services;
		const [list, options] = await Promise.all([library.myChallenges(auth), library.challengeOptions(auth)]);
		return { list, options };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const input = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
		const r = await formAction(event, values, () => event.locals.services.library.createChallenge(requireSignedIn(event), input), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/console/library/challenges/${r.id}`);
	}
};
