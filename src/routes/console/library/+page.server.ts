import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { library, places } = event.locals.services;
		const shelves = await library.myShelves(auth);
		// where a shelf may be opened: communes and villages of the library.manage grants
		const units = shelves.canCreate ? await places.unitsInScope(auth, 'library.manage').catch(() => []) : [];
		return { shelves, units: units.filter((u) => u.level === 'commune' || u.level === 'village').map((u) => ({ id: u.id, name: u.name, level: u.level })) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.library.createShelf(requireSignedIn(event), { name: values.name ?? '', unitId: values.unitId ?? '', address: values.address ?? '', hours: values.hours ?? '', loanDays: values.loanDays || '14', maxRenewals: values.maxRenewals || '2', holdDays: values.holdDays || '7' }), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/library/desk/${r.id}`);
	}
};
