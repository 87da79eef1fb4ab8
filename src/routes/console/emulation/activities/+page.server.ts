import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { activities } = event.locals.services.emulation;
		const [list, choices] = await Promise.all([activities.list(auth, queryOf(event.url)), activities.choices(auth)]);
		return { activities: list.items, ...choices, orgId: event.url.searchParams.get('orgId') ?? '' };
	});

export const actions: Actions = {
	record: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ recorded: (await event.locals.services.emulation.activities.record(requireSignedIn(event), fieldsOf(values, ['heldOn', 'title', 'schoolOrgId', 'centreOrgId', 'participants', 'note']))).id }), { form: 'record' });
	}
};
