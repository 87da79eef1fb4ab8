import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['title', 'kind', 'venue', 'address', 'startsAt', 'endsAt', 'capacity', 'unitId', 'orgId', 'description'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { events, places } = event.locals.services;
		const list = await events.list(auth, {});
		// where the person may open an event: the communes and villages of their events.manage grants
		const units = await places.unitsInScope(auth, 'events.manage').catch(() => []);
		return { list, units: units.filter((u) => u.level === 'commune' || u.level === 'village').map((u) => ({ id: u.id, name: u.name })) };
	});

export const actions: Actions = {
	create: async (event) => {
		const values = await readForm(event.request);
		const input = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
		const r = await formAction(event, values, () => event.locals.services.events.create(requireSignedIn(event), input), { form: 'create' });
		if (isFailure(r)) return r;
		redirect(303, `/console/events/${r.id}`);
	}
};
