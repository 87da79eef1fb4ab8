import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ item: await event.locals.services.news.getPublished(event.params.id), url: `${event.url.origin}/news/${event.params.id}`, origin: event.url.origin }));
