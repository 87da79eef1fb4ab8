import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import { importOut } from '$lib/server/web/imports';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'donation', 'disbursement', 'reversal', 'transfer', 'imported'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds } = event.locals.services;
		const [fund, book] = await Promise.all([funds.get(auth, event.params.id), funds.entries(auth, event.params.id, queryOf(event.url))]);
		// what the forms offer: the open pledges, and the other funds money can go to
		const [pledges, others] = fund.can.manage ? await Promise.all([funds.pledges(auth, fund.id), funds.list(auth, {})]) : [{ items: [] }, { items: [] }];
		const receiptOf = event.url.searchParams.get('entry');
		return {
			fund,
			book,
			done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null,
			importedRows: Number(event.url.searchParams.get('n') ?? 0) || 0,
			// the receipt of the donation just written, when it is on this page of the book
			justWritten: book.items.find((e) => e.id === receiptOf && e.receipt) ?? null,
			openPledges: pledges.items.filter((p) => p.status === 'open'),
			otherFunds: others.items.filter((o) => o.id !== fund.id).map((o) => ({ id: o.id, name: o.name, unitName: o.unitName }))
		};
	});

const back = (id: string, done: string, entry?: string) => `/console/funds/${id}?done=${done}${entry ? `&entry=${entry}` : ''}#book`;

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
					pledgeId: values.pledgeId ?? '',
					donorKind: values.pledgeId ? '' : (values.donorKind ?? ''),
					donorName: values.donorName ?? '',
					donorPhone: values.donorPhone ?? '',
					donorPublic: values.donorPublic ?? '',
					receivedOn: values.receivedOn ?? '',
					note: values.note ?? ''
				}),
			{ form: 'donate' }
		);
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'donation', r.id));
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
	transfer: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.transfer(requireSignedIn(event), event.params.id, { toFundId: values.toFundId ?? '', amount: values.amount ?? '', movedOn: values.movedOn ?? '', note: values.note ?? '' }), { form: 'transfer' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'transfer'));
	},
	/** Donations from a sheet: checked first (every refused row shown), then written all or none. */
	import: async (event) => {
		const auth = requireSignedIn(event);
		let method = '';
		const r = await formAction(
			event,
			{},
			async () => {
				const up = await readUpload(event.request);
				method = up.fields.method ?? '';
				return event.locals.services.funds.importDonations(auth, event.params.id, { fileName: up.fileName ?? '', bytes: up.file, method, commit: up.fields.commit === 'yes' });
			},
			{ form: 'import' }
		);
		if (isFailure(r)) return r;
		if (r.status === 'committed') redirect(303, `${back(event.params.id, 'imported').replace('#book', '')}&n=${r.rows}#book`);
		return { form: 'import', imported: importOut(r, event.locals.auth.locale), values: { method } as Record<string, string> };
	},
	reverse: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.reverse(requireSignedIn(event), values.entryId ?? '', { reason: values.reason ?? '' }), { form: `reverse-${values.entryId ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'reversal'));
	}
};
