import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { learning, places } = event.locals.services;
		const query = queryOf(event.url);
		const [list, communes] = await Promise.all([learning.catalog(query), places.communesToday()]);
		return { list, communes, query };
	});
