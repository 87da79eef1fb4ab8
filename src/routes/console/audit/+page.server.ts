import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ log: await event.locals.services.audit.list(event.locals.auth, queryOf(event.url)), query: queryOf(event.url) }));
