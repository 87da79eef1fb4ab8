import { formAction, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const results = await event.locals.services.surveys.results(auth, event.params.id);
		const villages = (await event.locals.services.places.getUnit(results.unitId)).children.filter((u) => u.level === 'village');
		return { results, villages };
	});

export const actions: Actions = {
	paper: async (event) => {
		const auth = requireSignedIn(event);
		const fd = await event.request.formData().catch(() => new FormData());
		const one = (k: string) => (typeof fd.get(k) === 'string' && fd.get(k) !== '' ? (fd.get(k) as string) : undefined);
		return formAction(event, {}, async () => ({ entered: (await event.locals.services.surveys.enterPaper(auth, event.params.id, { topics: fd.getAll('topics').map(String), villageId: one('villageId'), ageGroup: one('ageGroup'), gender: one('gender') })).id }));
	}
};
