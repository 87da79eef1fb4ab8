import { pageLoad } from '$lib/server/web/forms';
import { queryOf } from '$lib/server/web/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ view: await event.locals.services.funds.communeView(event.params.id, queryOf(event.url)) }));
