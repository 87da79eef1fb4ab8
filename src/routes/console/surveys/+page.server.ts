import { redirect } from '@sveltejs/kit';
import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { surveys, learning } = event.locals.services;
		const [open, organisers] = await Promise.all([surveys.open(), learning.organisers(auth)]);
		const mine = new Set(organisers.map((o) => o.name));
		return { surveys: open.filter((s) => mine.has(s.orgName)), organisers };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.surveys.create(requireSignedIn(event), { orgId: values.orgId ?? '', title: values.title ?? '' }));
		if ('id' in r) redirect(303, `/console/surveys/${r.id}`);
		return r;
	}
};
