import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { places } = event.locals.services;
		const unit = await places.getUnit(event.params.id, queryOf(event.url));
		const [orgs, canManage] = await Promise.all([places.listOrganizations({ unit: unit.id }), places.canManageUnit(event.locals.auth, unit.id)]);
		return { unit, orgs: orgs.items, can: { manage: canManage } };
	});

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v);

export const actions: Actions = {
	update: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, async () => {
			await event.locals.services.places.updateUnit(requireSignedIn(event), event.params.id, {
				name: values.name,
				kind: values.kind,
				code: values.code ?? null,
				population: blankToNull(values.population),
				validUntil: blankToNull(values.validUntil)
			});
			return { form: 'update', saved: true };
		}, { form: 'update' });
		return r;
	},
	child: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () =>
			event.locals.services.places.createUnit(requireSignedIn(event), {
				name: values.name ?? '',
				level: values.level ?? '',
				kind: values.kind ?? '',
				code: values.code ?? null,
				parentId: event.params.id,
				validFrom: values.validFrom ?? '',
				population: blankToNull(values.population)
			}),
			{ form: 'child' }
		);
		if (!isFailure(r)) redirect(303, `/console/units/${r.id}`);
		return r;
	}
};
