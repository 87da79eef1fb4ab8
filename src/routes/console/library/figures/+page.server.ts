import { queryOf } from '$lib/server/web/api';
import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { library, places } = event.locals.services;
		const query = queryOf(event.url);
		const [figures, communes] = await Promise.all([library.figures(auth, query), places.communesToday()]);
		return { figures, communes: communes.map((c) => ({ id: c.id, name: c.name })), query };
	});
