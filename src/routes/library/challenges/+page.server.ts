import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { library, places } = event.locals.services;
		const query = queryOf(event.url);
		const unit = query.unit || undefined;
		const [current, past, communes] = await Promise.all([library.challenges({ unit, when: 'current' }), library.challenges({ unit, when: 'past' }), places.communesToday()]);
		return { current: current.items, past: past.items.slice(0, 20), communes: communes.map((c) => ({ id: c.id, name: c.name })), query };
	});
