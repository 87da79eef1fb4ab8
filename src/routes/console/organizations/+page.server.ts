import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { places } = event.locals.services;
		const auth = event.locals.auth;
		const list = await places.listOrganizationsInScope(auth, queryOf(event.url));
		const canCreate = list.can.create;
		const units = canCreate ? await places.unitsInScope(auth, 'organizations.manage') : [];
		return { list, units, can: { create: canCreate && units.length > 0 }, query: queryOf(event.url) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () =>
			event.locals.services.places.createOrganization(requireSignedIn(event), fieldsOf(values, ['name', 'kind', 'unitId', 'address', 'phone', 'email']))
		);
		if (!isFailure(r)) redirect(303, `/console/organizations/${r.id}?created=1`);
		return r;
	}
};
