import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { titles, places } = event.locals.services;
		const list = await titles.cycles(auth, queryOf(event.url));
		const communes = list.canOpen ? (await places.unitsInScope(auth, 'titles.manage').catch(() => [])).filter((u) => u.level === 'commune').map((u) => ({ id: u.id, name: u.name })) : [];
		return { cycles: list.items, communes, year: new Date(Date.now() + 7 * 3600_000).getUTCFullYear() };
	});

const FIELDS = ['communeId', 'year', 'registrationUntil', 'reviewUntil', 'decisionBy', 'summaryBy'] as const;

export const actions: Actions = {
	open: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.titles.openCycle(requireSignedIn(event), fieldsOf(values, FIELDS)), { form: 'open' });
		if (isFailure(r)) return r;
		redirect(303, `/console/titles/cycles/${r.id}`);
	}
};
