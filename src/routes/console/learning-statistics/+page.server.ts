import { queryOf } from '$lib/server/web/api';
import { pageLoad, requireSignedIn, translateError } from '$lib/server/web/forms';
import { isAppError } from '$lib/server/platform/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const query = queryOf(event.url);
		try {
			return { stats: await event.locals.services.learning.statistics(auth, query), query, problem: null };
		} catch (e) {
			// a period typed wrong: say so beside the dates, and show the whole period meanwhile
			if (!isAppError(e) || e.code !== 'invalid') throw e;
			const x = translateError(e, auth.locale);
			return { stats: await event.locals.services.learning.statistics(auth, {}), query, problem: x.fields.to ?? x.fields.from ?? x.message };
		}
	});
