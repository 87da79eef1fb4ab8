import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { scholarships, funds } = event.locals.services;
		const fundId = event.url.searchParams.get('fund');
		const [list, fund, sets] = await Promise.all([scholarships.listRounds(auth, queryOf(event.url)), fundId ? funds.get(auth, fundId) : Promise.resolve(null), scholarships.criteriaSets(auth)]);
		return { list, fund: fund && { id: fund.id, name: fund.name, balance: fund.balance, can: fund.can }, sets: sets.items.map((c) => ({ id: c.id, label: `${c.name} — v${c.version}${c.confirmed ? '' : ' *'}` })) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const fields = ['name', 'schoolYear', 'criteriaSetId', 'budget', 'places', 'awardAmount', 'opensOn', 'closesOn'] as const;
		const r = await formAction(event, values, () => event.locals.services.scholarships.createRound(requireSignedIn(event), { fundId: event.url.searchParams.get('fund') ?? '', ...Object.fromEntries(fields.map((f) => [f, values[f] ?? ''])) }), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/console/scholarships/${r.id}?done=created`);
	}
};
