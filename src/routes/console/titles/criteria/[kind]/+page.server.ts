import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { titles, criteria } = event.locals.services;
		// the best-known version is seeded the first time a kind is looked at
		await titles.criteriaFor(auth, event.params.kind);
		const versions = await criteria.list(auth, event.params.kind);
		return { kind: event.params.kind, versions, canAdd: await criteria.canAdd(auth) };
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
				return { added: await event.locals.services.criteria.addVersion(requireSignedIn(event), event.params.kind, input) };
			},
			{ form: 'add' }
		);
	}
};
