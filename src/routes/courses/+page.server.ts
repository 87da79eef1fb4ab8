import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { learning, places, surveys } = event.locals.services;
		const query = queryOf(event.url);
		// the survey link only when a survey is open (a link to "no open survey" is a dead end)
		const [list, communes, open] = await Promise.all([learning.catalog(query), places.communesToday(), surveys.open()]);
		return { list, communes, query, surveysOpen: open.length > 0 };
	});
