import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { imports, places } = event.locals.services;
		const recent = await imports.recent(auth);
		const units = (await places.unitsInScope(auth, 'people.manage')).filter((u) => u.level === 'commune' || u.level === 'village');
		return { recent, units };
	});

export const actions: Actions = {
	check: async (event) => {
		const auth = requireSignedIn(event);
		let fields: Record<string, string> = {};
		const r = await formAction(event, {}, async () => {
			const up = await readUpload(event.request);
			fields = up.fields;
			return event.locals.services.imports.check(auth, { unitId: up.fields.unit ?? '', fileName: up.fileName ?? '', bytes: up.file });
		});
		if (!isFailure(r)) redirect(303, `/console/imports/${r.id}`);
		if (r.data) r.data.values = { unit: fields.unit ?? '' };
		return r;
	}
};
