import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { people, places } = event.locals.services;
		const household = await people.household(event.locals.auth, event.params.id);
		const villages = household.can.move ? (await places.unitsInScope(event.locals.auth, 'people.manage')).filter((u) => u.level === 'village' && u.id !== household.villageId) : [];
		return { household, villages };
	});

export const actions: Actions = {
	move: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.people.moveHousehold(requireSignedIn(event), event.params.id, { villageId: values.villageId ?? '' });
			return { moved: true };
		});
	}
};
