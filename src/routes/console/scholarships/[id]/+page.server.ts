import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const DONE = ['created', 'reviewer', 'closed', 'approved', 'decided', 'paid', 'nominated'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const view = await event.locals.services.scholarships.round(requireSignedIn(event), event.params.id);
		return { ...view, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

/** Runs one of the chair's actions; a refusal re-renders the page with its message next to the form. */
async function act(event: RequestEvent, form: string, done: (typeof DONE)[number], fn: (values: Record<string, string>) => Promise<unknown>) {
	const values = await readForm(event.request);
	const r = await formAction(event, values, () => fn(values), { form });
	if (isFailure(r)) return r;
	redirect(303, `/console/scholarships/${event.params.id}?done=${done}`);
}

export const actions: Actions = {
	reviewer: (event) => act(event, 'reviewer', 'reviewer', (v) => event.locals.services.scholarships.addReviewer(requireSignedIn(event), event.params.id, { login: v.login ?? '' })),
	close: (event) => act(event, 'status', 'closed', () => event.locals.services.scholarships.closeNominations(requireSignedIn(event), event.params.id)),
	approve: (event) => act(event, 'approve', 'approved', (v) => event.locals.services.scholarships.approve(requireSignedIn(event), v.nominationId ?? '', { amount: v.amount ?? '' })),
	approveInOrder: (event) => act(event, 'approve', 'approved', () => event.locals.services.scholarships.approveInOrder(requireSignedIn(event), event.params.id)),
	decide: (event) => act(event, 'status', 'decided', () => event.locals.services.scholarships.decide(requireSignedIn(event), event.params.id)),
	pay: (event) => act(event, 'pay', 'paid', (v) => event.locals.services.scholarships.pay(requireSignedIn(event), event.params.id, { paidOn: v.paidOn ?? '' }))
};
