import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ view: await event.locals.services.library.publicShelf(event.params.id, queryOf(event.url)), query: queryOf(event.url) }));
