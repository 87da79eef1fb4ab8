import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const item = await event.locals.services.imports.get(auth, event.params.id);
		const unit = await event.locals.services.places.getUnit(item.unitId);
		return { item, unitName: unit.name };
	});

export const actions: Actions = {
	commit: async (event) => {
		const auth = requireSignedIn(event);
		// runs on after the answer; the page shows its progress
		const r = await formAction(event, {}, () => event.locals.services.imports.commit(auth, event.params.id, { wait: false }));
		if (!isFailure(r)) redirect(303, `/console/imports/${event.params.id}`);
		return r;
	}
};
