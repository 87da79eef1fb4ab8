import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'donation', 'disbursement', 'reversal'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds } = event.locals.services;
		const [fund, book] = await Promise.all([funds.get(auth, event.params.id), funds.entries(auth, event.params.id, queryOf(event.url))]);
		return { fund, book, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

const back = (id: string, done: string) => `/console/funds/${id}?done=${done}#book`;

export const actions: Actions = {
	donate: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(
			event,
			values,
			() =>
				event.locals.services.funds.donate(requireSignedIn(event), event.params.id, {
					amount: values.amount ?? '',
					method: values.method ?? '',
					item: values.item ?? '',
					donorKind: values.donorKind ?? '',
					donorName: values.donorName ?? '',
					donorPublic: values.donorPublic ?? '',
					receivedOn: values.receivedOn ?? '',
					note: values.note ?? ''
				}),
			{ form: 'donate' }
		);
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'donation'));
	},
	disburse: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(
			event,
			values,
			() => event.locals.services.funds.disburse(requireSignedIn(event), event.params.id, { amount: values.amount ?? '', purpose: values.purpose ?? '', payeeName: values.payeeName ?? '', paidOn: values.paidOn ?? '', note: values.note ?? '' }),
			{ form: 'disburse' }
		);
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'disbursement'));
	},
	reverse: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.reverse(requireSignedIn(event), values.entryId ?? '', { reason: values.reason ?? '' }), { form: `reverse-${values.entryId ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'reversal'));
	}
};
