import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Public: a commune's learning titles for a year — counts, consented names, lists posted now. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ t: await event.locals.services.titles.publicCounts(event.params.id, queryOf(event.url)) }));
