import { queryOf } from '$lib/server/web/api';
import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const q = queryOf(event.url);
		return { figures: await event.locals.services.titles.figures(auth, q), query: event.url.search };
	});
