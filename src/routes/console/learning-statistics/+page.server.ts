import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ stats: await event.locals.services.learning.statistics(requireSignedIn(event)) }));
