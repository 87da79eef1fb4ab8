import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { emulation, criteria } = event.locals.services;
		return { versions: await emulation.criteriaVersions(auth), canAdd: await criteria.canAdd(auth) };
	});

export const actions: Actions = {
	/** A new version, typed as the set's JSON (the current version is offered to edit). */
	add: async (event) => {
		const values = await readForm(event.request);
		return formAction(
			event,
			values,
			async () => {
				let input: unknown;
				try {
					input = JSON.parse(values.set ?? '');
				} catch {
					input = { sections: 'không đọc được' };
				}
				return { added: await event.locals.services.criteria.addVersion(requireSignedIn(event), 'school_emulation', input) };
			},
			{ form: 'add' }
		);
	}
};
