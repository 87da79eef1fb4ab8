import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { emulation, places } = event.locals.services;
		const list = await emulation.listRounds(auth, queryOf(event.url));
		const units = list.canOpen ? (await places.unitsInScope(auth, 'emulation.manage').catch(() => [])).filter((u) => u.level === 'commune' || u.level === 'province').map((u) => ({ id: u.id, name: u.name })) : [];
		const now = new Date(Date.now() + 7 * 3600_000);
		return { rounds: list.items, units, year: now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1 };
	});

export const actions: Actions = {
	open: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.emulation.openRound(requireSignedIn(event), fieldsOf(values, ['unitId', 'schoolYear'])), { form: 'open' });
		if (isFailure(r)) return r;
		redirect(303, `/console/emulation/rounds/${r.id}`);
	}
};
