import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import { importOut } from '$lib/server/web/imports';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { library, funds } = event.locals.services;
		const [shelf, desk, copies, donations] = await Promise.all([library.getShelf(auth, event.params.id), library.desk(auth, event.params.id), library.shelfCopies(auth, event.params.id), library.shelfDonations(auth, event.params.id)]);
		// the funds a gift's value may be written in: those the person may see (the funds service checks writing)
		const fundList = await funds.list(auth, {}).catch(() => ({ items: [] as { id: string; name: string }[] }));
		return { today: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10), shelf, desk, copies: copies.items.slice(0, 30), donations: donations.items.slice(0, 20), funds: fundList.items.map((f) => ({ id: f.id, name: f.name })), code: event.url.searchParams.get('code') ?? '' };
	});

/** Each form of the desk: one service call, its result shown as a notice, a failure beside its field. */
export const actions: Actions = {
	lend: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.lend(auth, { code: values.code ?? '', reader: values.reader ?? '' }), { form: 'lend' });
		if (isFailure(r)) return r;
		return { form: 'lend', lent: { title: r.title, code: r.copyCode, reader: r.readerName, dueOn: r.dueOn } };
	},
	giveBack: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.giveBack(auth, { code: values.code ?? '' }), { form: 'giveBack' });
		if (isFailure(r)) return r;
		return { form: 'giveBack', returned: { title: r.loan.title, code: r.loan.copyCode, heldFor: r.heldFor?.readerName ?? null } };
	},
	state: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.setCopyState(auth, { code: values.code ?? '', status: values.status ?? '', note: values.note ?? '' }), { form: 'state' });
		if (isFailure(r)) return r;
		return { form: 'state', state: r };
	},
	renew: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.renew(auth, values.loanId ?? ''), { form: 'renew' });
		if (isFailure(r)) return r;
		return { form: 'renew', renewed: { title: r.title, dueOn: r.dueOn } };
	},
	cancelHold: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.cancelHold(auth, values.holdId ?? ''), { form: 'hold' });
		if (isFailure(r)) return r;
		return { form: 'hold', cancelled: true };
	},
	addBook: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const { library } = event.locals.services;
		const r = await formAction(
			event,
			values,
			async () => {
				const t = await library.createTitle(auth, { isbn: values.isbn ?? '', title: values.title ?? '', authors: values.authors ?? '', publisher: values.publisher ?? '', year: values.year ?? '', subject: values.subject ?? '', ageGroup: values.ageGroup ?? '' });
				const c = await library.addCopies(auth, event.params.id, { titleId: t.id, count: values.count || '1', donationId: values.donationId ?? '' });
				return { title: t.title, merged: t.merged, codes: c.items.map((x) => x.code), ids: c.items.map((x) => x.id) };
			},
			{ form: 'addBook' }
		);
		if (isFailure(r)) return r;
		return { form: 'addBook', added: r };
	},
	donate: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.donateBooks(auth, event.params.id, { donorName: values.donorName ?? '', donorPublic: values.donorPublic ?? '', bookCount: values.bookCount ?? '', value: values.value ?? '', fundId: values.fundId ?? '', receivedOn: values.receivedOn ?? '', note: values.note ?? '' }), { form: 'donate' });
		if (isFailure(r)) return r;
		return { form: 'donate', donated: { books: r.bookCount, fund: r.fundEntryId !== null } };
	},
	/** a book list from .xlsx/.csv: checked, or written all rows or none */
	import: async (event) => {
		const auth = requireSignedIn(event);
		const r = await formAction(
			event,
			{},
			async () => {
				const up = await readUpload(event.request);
				return event.locals.services.library.importTitles(auth, event.params.id, { fileName: up.fileName ?? '', bytes: up.file, commit: up.fields.commit === 'yes' });
			},
			{ form: 'import' }
		);
		if (isFailure(r)) return r;
		return { form: 'import', imported: importOut(r, event.locals.auth.locale) };
	}
};
