import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ list: await event.locals.services.events.upcoming(event.locals.auth, { unit: event.url.searchParams.get('unit') ?? '' }), contests: await event.locals.services.contests.recent(event.locals.auth) }));
