import { queryOf } from '$lib/server/web/api';
import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

const DONE = ['linked', 'recorded', 'refused'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const done = event.url.searchParams.get('done');
		return { list: await event.locals.services.signups.queue(auth, queryOf(event.url)), done: DONE.find((d) => d === done) ?? null };
	});
