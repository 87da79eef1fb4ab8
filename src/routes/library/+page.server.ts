import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { library, places } = event.locals.services;
		const query = queryOf(event.url);
		const [list, communes, shelves] = await Promise.all([library.catalog(query), places.communesToday(), library.publicShelves({ unit: query.unit ?? null })]);
		return { list, communes: communes.map((c) => ({ id: c.id, name: c.name })), shelves: shelves.items.map((s) => ({ id: s.id, name: s.name, communeName: s.communeName })), query };
	});
