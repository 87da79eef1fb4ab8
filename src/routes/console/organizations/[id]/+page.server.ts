import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { places } = event.locals.services;
		const org = await places.getOrganizationInScope(event.locals.auth, event.params.id);
		const units = org.can.update ? await places.unitsInScope(event.locals.auth, 'organizations.manage') : [];
		return { org, units, created: event.url.searchParams.has('created') };
	});

export const actions: Actions = {
	update: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.places.updateOrganization(requireSignedIn(event), event.params.id, {
				name: values.name,
				kind: values.kind,
				unitId: values.unitId,
				address: values.address ?? '',
				phone: values.phone ?? '',
				email: values.email ?? '',
				validUntil: values.validUntil ? values.validUntil : null
			});
			return { saved: true };
		});
	}
};
