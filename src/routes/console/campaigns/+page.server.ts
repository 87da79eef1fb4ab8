import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['unitId', 'year', 'kind', 'title', 'theme', 'startsOn', 'endsOn', 'plan', 'reportDueOn', 'parentCampaignId'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { campaigns, places } = event.locals.services;
		const [list, mine] = await Promise.all([campaigns.list(auth, {}), campaigns.assignments(auth)]);
		// where the person may open a campaign: the city or a commune of their campaigns.manage grants
		const units = await places.unitsInScope(auth, 'campaigns.manage').catch(() => []);
		return {
			list,
			mine,
			units: units.filter((u) => u.level === 'province' || u.level === 'commune').map((u) => ({ id: u.id, name: u.name })),
			cityPlans: list.items.filter((c) => c.level === 'city').map((c) => ({ id: c.id, title: c.title }))
		};
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const input = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
		const r = await formAction(event, values, () => event.locals.services.campaigns.create(requireSignedIn(event), input), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/console/campaigns/${r.id}`);
	}
};
