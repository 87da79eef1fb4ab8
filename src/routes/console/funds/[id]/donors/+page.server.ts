import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['pledge', 'cancelled', 'consent', 'erased'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds } = event.locals.services;
		const [fund, donors, pledges] = await Promise.all([funds.get(auth, event.params.id), funds.donors(auth, event.params.id), funds.pledges(auth, event.params.id)]);
		return { fund, donors: donors.items, pledges: pledges.items, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

const back = (id: string, done: string, anchor: string) => `/console/funds/${id}/donors?done=${done}#${anchor}`;

export const actions: Actions = {
	pledge: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.pledge(requireSignedIn(event), event.params.id, { donorKind: values.donorKind ?? '', donorName: values.donorName ?? '', donorPhone: values.donorPhone ?? '', donorPublic: values.donorPublic ?? '', amount: values.amount ?? '', dueOn: values.dueOn ?? '', note: values.note ?? '' }), { form: 'pledge' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'pledge', 'pledges'));
	},
	cancel: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.cancelPledge(requireSignedIn(event), values.pledgeId ?? ''), { form: `cancel-${values.pledgeId ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'cancelled', 'pledges'));
	},
	consent: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.updateDonor(requireSignedIn(event), values.donorId ?? '', { public: values.public === 'yes' }), { form: `donor-${values.donorId ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'consent', 'donors'));
	},
	erase: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.eraseDonor(requireSignedIn(event), values.donorId ?? ''), { form: `donor-${values.donorId ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'erased', 'donors'));
	}
};
