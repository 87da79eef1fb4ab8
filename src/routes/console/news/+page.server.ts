import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ list: await event.locals.services.news.listManaged(event.locals.auth, queryOf(event.url)), query: queryOf(event.url) }));
