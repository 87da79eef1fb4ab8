import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['nominated', 'approved', 'rejected', 'consent', 'withdrawn'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const n = await event.locals.services.honours.get(auth, event.params.id);
		return { n, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

const back = (id: string, done: string) => `/console/awards/honours/${id}?done=${done}`;

export const actions: Actions = {
	review: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.review(requireSignedIn(event), event.params.id, { decision: values.decision ?? '', note: values.note ?? '' }), { form: 'review' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, r.status === 'approved' ? 'approved' : 'rejected'));
	},
	consent: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.recordConsent(requireSignedIn(event), event.params.id, { method: values.method ?? '', guardianName: values.guardianName ?? '' }), { form: 'consent' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'consent'));
	},
	withdraw: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.withdrawConsent(requireSignedIn(event), event.params.id, { reason: values.reason ?? '' }), { form: 'withdraw' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'withdrawn'));
	}
};
