import { queryOf } from '$lib/server/web/api';
import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds } = event.locals.services;
		const [fund, report] = await Promise.all([funds.get(auth, event.params.id), funds.yearReport(auth, event.params.id, queryOf(event.url))]);
		return { fund, report };
	});
