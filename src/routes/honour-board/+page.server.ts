import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Public: the honour board of a commune and a year (approved nominations whose consent stands). */
export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { honours, places } = event.locals.services;
		const [board, tree] = await Promise.all([honours.board(queryOf(event.url)), places.tree({})]);
		return { board, communes: tree.units.filter((u) => u.level === 'commune').map((u) => ({ value: u.id, label: u.name })) };
	});
