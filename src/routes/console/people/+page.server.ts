import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { people, places } = event.locals.services;
		const auth = event.locals.auth;
		const list = await people.list(auth, queryOf(event.url));
		const canCreate = list.can.create;
		const villages = canCreate ? (await places.unitsInScope(auth, 'people.manage')).filter((u) => u.level === 'village') : [];
		return { list, villages, can: { create: canCreate && villages.length > 0, manage: canCreate }, query: queryOf(event.url) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () =>
			event.locals.services.people.create(requireSignedIn(event), fieldsOf(values, ['fullName', 'birthDate', 'gender', 'villageId', 'phone', 'email']))
		);
		if (!isFailure(r)) redirect(303, `/console/people/${r.id}?created=1`);
		return r;
	}
};
