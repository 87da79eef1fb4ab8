import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { news, places } = event.locals.services;
		const query = queryOf(event.url);
		const [list, communes] = await Promise.all([news.listPublished(query), places.communesToday()]);
		return { list, communes, query };
	});
