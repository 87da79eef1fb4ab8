import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ jobs: await event.locals.services.operations.jobs(requireSignedIn(event)), done: event.url.searchParams.get('done') === 'retried' }));

export const actions: Actions = {
	retry: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.operations.retryJob(requireSignedIn(event), values.id ?? ''));
		if (!isFailure(r)) redirect(303, '/console/jobs?done=retried');
		return r;
	}
};
