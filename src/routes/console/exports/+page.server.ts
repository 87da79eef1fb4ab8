import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ exports: await event.locals.services.exports.mine(requireSignedIn(event)), asked: event.url.searchParams.get('asked') === '1' }));

export const actions: Actions = {
	/** From a list's page: its kind, format and filters (every other field), queued for the background. */
	create: async (event) => {
		const values = await readForm(event.request);
		const { kind, format, page: _page, ...filters } = values;
		const r = await formAction(event, values, () => event.locals.services.exports.request(requireSignedIn(event), { kind, format: format || undefined, filters }));
		if (!isFailure(r)) redirect(303, '/console/exports?asked=1');
		return r;
	}
};
