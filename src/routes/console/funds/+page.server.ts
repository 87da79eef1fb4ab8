import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds, places } = event.locals.services;
		const list = await funds.list(auth, {});
		// where the person may open a fund: communes and villages of their funds.manage grants
		const units = await places.unitsInScope(auth, 'funds.manage').catch(() => []);
		// schools and centres whose funds may be opened here (the service checks funds.manage over each)
		const orgs = units.length ? (await Promise.all(['school', 'learning_centre'].map((kind) => places.listOrganizationsInScope(auth, { kind })))).flatMap((r) => r.items) : [];
		return { list, units: units.filter((u) => u.level === 'commune' || u.level === 'village').map((u) => ({ id: u.id, name: u.name, level: u.level })), orgs: orgs.map((o) => ({ id: o.id, name: o.name, unitName: o.unitName })) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.funds.create(requireSignedIn(event), { name: values.name ?? '', ownerKind: values.ownerKind ?? '', unitId: values.unitId ?? '', orgId: values.orgId ?? '', description: values.description ?? '' }), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/console/funds/${r.id}?done=created`);
	}
};
